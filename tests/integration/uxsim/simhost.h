#pragma once
// A minimal host for uxsim tests: starts `uxsim --link <tmp>/tty ...`, opens the link with a real
// QSerialPort and offers waits with deadlines (never sleeps).

#include "edm/edmparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

class SimHost
{
public:
    ~SimHost() { stop(); }

    static QString bin(const QString &name)
    {
        return qEnvironmentVariable("PROVSTATION_BIN_DIR", QStringLiteral(".")) + u'/' + name;
    }

    /// Starts uxsim with --link and @p args; waits for its JSON line and +STARTUP (command start mode).
    bool start(const QStringList &args, bool waitStartup = true)
    {
        link = dir.path() + QStringLiteral("/tty0");
        if (!env.isEmpty())
            proc.setProcessEnvironment(env);
        proc.setProgram(bin(QStringLiteral("uxsim")));
        proc.setArguments(QStringList{QStringLiteral("--link"), link} + args);
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start();
        if (!proc.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!proc.canReadLine() && t.elapsed() < 5000)
            proc.waitForReadyRead(100);
        if (!proc.canReadLine())
            return false;
        info = QJsonDocument::fromJson(proc.readLine()).object();
        port.setPortName(link);
        port.setBaudRate(baud); // before open(): no byte is read at another rate
        if (!port.open(QIODevice::ReadWrite))
            return false;
        return !waitStartup || !waitFor("+STARTUP\r\n").isEmpty();
    }

    /// Closes the port and opens it again: a host that went away and a next one that came.
    bool reopen()
    {
        port.close();
        rx.clear();
        parser.reset();
        frames.clear();
        return port.open(QIODevice::ReadWrite);
    }

    void stop()
    {
        if (port.isOpen())
            port.close();
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(5000)) {
                proc.kill();
                proc.waitForFinished(2000);
            }
        }
    }

    void send(const QByteArray &bytes)
    {
        port.write(bytes);
        port.waitForBytesWritten(1000);
    }
    void sendEdm(const edm::Frame &f) { send(f.encode()); }
    void at(const QByteArray &cmd) { sendEdm(edm::Frame::atRequest(cmd + '\r')); }

    bool pump(int ms)
    {
        if (port.waitForReadyRead(ms)) {
            rx += port.readAll();
            return true;
        }
        rx += port.readAll();
        return false;
    }

    /// Reads until @p needle arrives; returns everything up to and including it (consumed), or an
    /// empty array at the deadline.
    QByteArray waitFor(const QByteArray &needle, int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            const qsizetype at = rx.indexOf(needle);
            if (at >= 0) {
                const QByteArray out = rx.left(at + needle.size());
                rx.remove(0, at + needle.size());
                return out;
            }
            if (t.elapsed() > ms)
                return QByteArray();
            pump(20);
        }
    }

    /// Command mode: sends "cmd\r", returns the answer through the final OK/ERROR.
    QByteArray command(const QByteArray &cmd, int ms = 5000)
    {
        rx.clear();
        send(cmd + '\r');
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (rx.contains("\r\nOK\r\n") || rx.contains("\r\nERROR\r\n")) {
                const QByteArray out = rx;
                rx.clear();
                return out;
            }
            pump(20);
        }
        return rx;
    }

    /// EDM: frames received so far plus those arriving within @p ms until @p done is true.
    template<typename Pred> bool waitFrames(Pred done, int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            if (!rx.isEmpty()) {
                for (auto &item : parser.feed(rx)) {
                    if (const edm::Frame *f = item.frame())
                        frames.append(*f);
                }
                rx.clear();
            }
            if (done())
                return true;
            if (t.elapsed() > ms)
                return false;
            pump(20);
        }
    }
    /// The first frame of @p type whose text/data contains @p needle; removes it and all before it.
    std::optional<edm::Frame> takeFrame(edm::PacketType type, const QByteArray &needle = QByteArray(), int ms = 5000)
    {
        std::optional<edm::Frame> found;
        waitFrames(
            [&] {
                for (qsizetype i = 0; i < frames.size(); ++i) {
                    const edm::Frame &f = frames[i];
                    const QByteArrayView body = edm::isDataPacket(f.id()) ? f.data() : f.payload();
                    if (f.type() == type && (needle.isEmpty() || QByteArrayView(body).contains(needle))) {
                        found = f;
                        frames.remove(0, i + 1);
                        return true;
                    }
                }
                return false;
            },
            ms);
        return found;
    }
    /// EDM AT request and its confirmation text.
    QByteArray edmCommand(const QByteArray &cmd, int ms = 5000)
    {
        at(cmd);
        auto f = takeFrame(edm::PacketType::AtConfirmation, QByteArray(), ms);
        return f ? f->payload() : QByteArray();
    }
    bool enterEdm()
    {
        rx.clear();
        send("ATO2\r");
        if (waitFor("\r\nOK\r\n").isEmpty())
            return false;
        frames.clear();
        parser.reset();
        return takeFrame(edm::PacketType::StartEvent).has_value();
    }

    QTemporaryDir dir;
    QProcessEnvironment env; ///< when set: uxsim's environment
    int baud = 115200;       ///< the host port's rate (uxsim garbles bytes when it is not the module's)
    QString link;
    QProcess proc;
    QSerialPort port;
    QJsonObject info;
    QByteArray rx;
    edm::Parser parser;
    QList<edm::Frame> frames;
};
