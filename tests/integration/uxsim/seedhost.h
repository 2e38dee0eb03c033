#pragma once
// A model of the seed host: u-blox's azure_dps.py as it produced the seed session log
// (shared/seeds/001), reduced to its reads, writes and sleeps, on a real QSerialPort. It reads the
// way pyserial does with `timeout=1` (docs/uxsim.md "The seed host model"):
//
//   read(n)     returns when n bytes are there, or 1 s after the call with what came (maybe none)
//   readline()  read(1) until '\n' or until one read(1) times out (1 s without a byte)
//   readall()   read(8192) until one returns nothing: at least two 1 s reads
//
// and it waits where the script sleeps (2 s after ATO2, 1 s between EDM polls that found no AT
// event, 3 s after the second +UUNU, 2 s between DPS polls). It never blocks: every wait is a
// timer or a readyRead. It records a milestone wherever the script prints one, named after the
// print, with the host's clock. Reusable by a bench: start(), then `finished`.

#include "edm/edmframe.h"

#include <functional>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSerialPort>
#include <QTimer>

class SeedHost
{
public:
    struct Milestone
    {
        QString label;
        qint64 ms = 0;
    };
    struct Config
    {
        QString port;
        QByteArray ca, cert, key; ///< the three PEM files as read from disk
        QByteArray ssid, passphrase, dpsHost, idScope, registrationId;
    };

    explicit SeedHost(Config config)
        : m_cfg(std::move(config))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { onTimeout(); });
        QObject::connect(&m_port, &QSerialPort::readyRead, [this] { onReadyRead(); });
    }

    /// Opens the port and runs the script; `finished` is called once (error() empty on success).
    void start(std::function<void()> finished)
    {
        m_finished = std::move(finished);
        m_port.setPortName(m_cfg.port);
        m_port.setBaudRate(115200); // applied by open()
        if (!m_port.open(QIODevice::ReadWrite))
            return fail(QStringLiteral("cannot open %1: %2").arg(m_cfg.port, m_port.errorString()));
        m_clock.start();
        run(script(), 0);
    }

    const QList<Milestone> &milestones() const { return m_milestones; }
    QString error() const { return m_error; }
    QString lastStatus() const { return m_status; }

private:
    using Done = std::function<void()>;
    using Step = std::function<void(Done)>;
    enum class Wait
    {
        None,
        Bytes,    // read(n)
        Line,     // readline()
        All,      // readall()
        EdmStart, // check_for_incoming_edm_packet(): read(1) until 0xAA
    };

    // ------------------------------------------------------------ the script (azure_dps.py main)

    QList<Step> script()
    {
        QList<Step> s;
        s << [this](Done d) { resetInput(), d(); };
        s << sendAt("AT+UFACTORY", QStringLiteral("<- AT+UFACTORY"));
        s << [this](Done d) {
            record(QStringLiteral("-> AT+CPWROFF"));
            sendAt("AT+CPWROFF", QStringLiteral("<- AT+CPWROFF"))(d);
        };
        s << [this](Done d) { waitForStartup(d); };
        s << [this](Done d) { resetInput(), d(); };
        const QList<std::pair<QByteArray, QByteArray>> files{
            {"ca.pem", m_cfg.ca}, {"cert.pem", m_cfg.cert}, {"key.pem", m_cfg.key}};
        for (int type = 0; type < 3; ++type) {
            const auto &[name, pem] = files[type];
            QByteArray stripped = pem;
            while (stripped.startsWith('\n'))
                stripped.remove(0, 1);
            while (stripped.endsWith('\n'))
                stripped.chop(1);
            const QByteArray cmd =
                "AT+USECMNG=0," + QByteArray::number(type) + ',' + name + ',' + QByteArray::number(pem.size()) + '\r';
            s << sendAt(cmd, QStringLiteral("<- > ") + QString::fromLatin1(name));
            s << sendAt(stripped, QStringLiteral("<- +USECMNG ") + QString::fromLatin1(name), true);
        }
        s << sendAt("ATO2", QStringLiteral("<- ATO2"));
        s << [this](Done d) { sleep(2000, [this, d] { resetInput(), d(); }); };
        for (const QByteArray &c : {"AT+UWSC=0,2," + m_cfg.ssid, QByteArray("AT+UWSC=0,5,2"),
                                    "AT+UWSC=0,8," + m_cfg.passphrase, QByteArray("AT+UWSCA=0,3")})
            s << edmAt(c);
        for (int i = 0; i < 3; ++i) // +UUWLE, +UUNU, +UUNU
            s << [this](Done d) { untilAtEvent(d); };
        s << [this](Done d) { sleep(3000, d); };
        s << edmAt(udcp("&pt=$dps/registrations/PUT/iotdps-register/?$rid={request_id}&st=$dps/registrations/res/#"));
        s << [this](Done d) { untilAtEvent(d); };
        s << [this](Done d) { registerDevice(d); };
        s << [this](Done d) {
            edmAt("AT+UDUV=0,$dps/registrations/GET/iotdps-get-operationstatus/?$rid={request_id}&operationId=" +
                  m_operationId)(d);
        };
        s << edmAt(udcp("&pt=%%0"));
        s << [this](Done d) { untilAtEvent(d); };
        s << [this](Done d) { pollStatus(0, d); };
        s << edmAt("AT+CPWROFF");
        s << [this](Done d) { waitForStartup(d); };
        return s;
    }

    QByteArray udcp(const QByteArray &topics) const
    {
        return "AT+UDCP=mqtt://" + m_cfg.dpsHost + ":8883/?client=" + m_cfg.registrationId + "&user=" + m_cfg.idScope +
               "/registrations/" + m_cfg.registrationId + "/api-version=2019-03-31" + topics +
               "&encr=3&keepAlive=60&ca=ca.pem&cert=cert.pem&privKey=key.pem";
    }

    void run(QList<Step> steps, qsizetype i)
    {
        if (!m_error.isEmpty())
            return;
        if (i == steps.size())
            return finish();
        const Step step = steps[i];
        step([this, steps, i] { run(steps, i + 1); });
    }

    // send_at_command(): write cmd + CR; then either readall() (PEM) or the echo byte by byte,
    // then readline() until OK, ERROR or '>' is in what was read; print; ERROR ends the script.
    Step sendAt(const QByteArray &cmd, const QString &label, bool pem = false)
    {
        return [this, cmd, label, pem](Done d) {
            write(cmd + '\r');
            auto lines = [this, label, d](QByteArray r) { readLinesUntilResult(r, label, d); };
            if (pem)
                readAll(lines);
            else
                readEcho(cmd, lines);
        };
    }

    void readLinesUntilResult(QByteArray r, const QString &label, Done d)
    {
        if (r.contains("OK") || r.contains("ERROR") || r.contains('>')) {
            record(label);
            if (r.indexOf("ERROR") > 0)
                return fail(label + QStringLiteral(": ERROR in ") + QString::fromLatin1(r));
            return d();
        }
        readLine([this, r, label, d](const QByteArray &line) { readLinesUntilResult(r + line, label, d); });
    }

    // send_edm_packet() of an AT request, then check_for_incoming_edm_packet().
    Step edmAt(const QByteArray &cmd)
    {
        return [this, cmd](Done d) {
            write(edm::Frame::atRequest(cmd + '\r').encode());
            checkEdm([d](int, const QByteArray &) { d(); });
        };
    }

    // while check_for_incoming_edm_packet() != 2: time.sleep(1)
    void untilAtEvent(Done d)
    {
        checkEdm([this, d](int kind, const QByteArray &) {
            if (kind == 2)
                return d();
            sleep(1000, [this, d] { untilAtEvent(d); });
        });
    }

    void registerDevice(Done d)
    {
        write(
            edm::Frame::dataCommand(0, R"({"payload":"","registrationId":")" + m_cfg.registrationId + "\"}").encode());
        checkEdm([this, d](int kind, const QByteArray &data) {
            m_operationId = QJsonDocument::fromJson(data).object().value(u"operationId").toString().toLatin1();
            if (kind != 3 || m_operationId.isEmpty())
                return fail(QStringLiteral("no operationId in the registration answer: ") + QString::fromLatin1(data));
            d();
        });
    }

    // for i in range(3): send; status = check(); if assigned: break; time.sleep(2)
    void pollStatus(int i, Done d)
    {
        write(edm::Frame::dataCommand(1, "get operationstatus").encode());
        checkEdm([this, i, d](int kind, const QByteArray &data) {
            m_status = QJsonDocument::fromJson(data).object().value(u"status").toString();
            if (kind != 3)
                return fail(QStringLiteral("the status poll got no data event"));
            if (m_status == u"assigned" || i == 2)
                return d();
            sleep(2000, [this, i, d] { pollStatus(i + 1, d); });
        });
    }

    // ------------------------------------------------------------ check_for_incoming_edm_packet()

    /// kind: 0 AT confirmation, 2 AT event, 1 connect event, 9 disconnect event, 3 data event
    /// (data = its bytes), -1 nothing (no byte within 1 s, another packet or an invalid one).
    void checkEdm(std::function<void(int kind, const QByteArray &data)> done)
    {
        m_edmDone = std::move(done);
        waitFor(Wait::EdmStart, 1);
    }

    void edmHeaderRead(const QByteArray &len)
    {
        const int n = len.size() == 2 ? (uchar(len[0]) << 8 | uchar(len[1])) : 0;
        readBytes(n, [this](const QByteArray &payload) {
            readBytes(1, [this, payload](const QByteArray &stop) { edmPacketRead(payload, stop); });
        });
    }

    void edmPacketRead(const QByteArray &payload, const QByteArray &stop)
    {
        const auto done = std::exchange(m_edmDone, {});
        if (stop != "\x55" || payload.size() < 2)
            return done(-1, {});
        const int id = uchar(payload[0]) << 8 | uchar(payload[1]);
        const QByteArray body = payload.mid(2);
        const QByteArray text = body.trimmed();
        switch (id) {
        case 0x0045:
            record(QStringLiteral("AT response ") + QString::fromLatin1(upTo(text, '\r')));
            return done(0, body);
        case 0x0041:
            record(QStringLiteral("AT event ") + QString::fromLatin1(upTo(text, ',')));
            return done(2, body);
        case 0x0011:
            if (body.size() < 2 || body[1] != 2) // only IPv4 is printed and returns 1
                return done(-1, body);
            record(QStringLiteral("connect event ch%1").arg(int(uchar(body[0]))));
            return done(1, body);
        case 0x0021:
            record(QStringLiteral("disconnect event ch%1").arg(body.isEmpty() ? -1 : int(uchar(body[0]))));
            return done(9, body);
        case 0x0031: {
            const QByteArray data = body.mid(1);
            record(QStringLiteral("data event ") +
                   QJsonDocument::fromJson(data).object().value(u"status").toString(QStringLiteral("?")));
            return done(3, data);
        }
        default:
            return done(-1, body); // the start event and others: printed, nothing returned
        }
    }

    static QByteArray upTo(const QByteArray &text, char c)
    {
        const qsizetype at = text.indexOf(c);
        return at < 0 ? text : text.left(at);
    }

    // ------------------------------------------------------------ pyserial with timeout=1

    void write(const QByteArray &bytes)
    {
        m_port.write(bytes);
        m_port.flush();
    }

    void resetInput()
    {
        m_port.clear(QSerialPort::Input);
        m_port.readAll();
        m_rx.clear();
    }

    void sleep(int ms, Done d)
    {
        m_afterSleep = std::move(d);
        m_wait = Wait::None;
        m_timer.start(ms);
    }

    void readBytes(int n, std::function<void(const QByteArray &)> done)
    {
        m_bytesDone = std::move(done);
        waitFor(Wait::Bytes, n);
    }

    void readLine(std::function<void(const QByteArray &)> done)
    {
        m_bytesDone = std::move(done);
        m_line.clear();
        waitFor(Wait::Line, 1);
    }

    void readAll(std::function<void(const QByteArray &)> done)
    {
        m_bytesDone = std::move(done);
        m_line.clear();
        m_wait = Wait::All;
        m_timer.start(1000); // read(8192) takes its whole second unless 8192 bytes come
    }

    // `r = read(); while cmd not in r: r += read()`: done when the echo's last byte is in.
    void readEcho(const QByteArray &cmd, std::function<void(const QByteArray &)> done)
    {
        m_echo = cmd;
        m_bytesDone = std::move(done);
        m_line.clear();
        m_wait = Wait::Bytes;
        m_need = -1; // echo mode
        m_timer.stop();
        take();
    }

    void waitFor(Wait w, int n)
    {
        m_wait = w;
        m_need = n;
        m_timer.start(1000);
        take();
    }

    void onReadyRead()
    {
        m_rx += m_port.readAll();
        take();
    }

    // Serves the pending read from what has arrived; a read(1) that gets its byte restarts the
    // 1 s timeout of the next read(1) (readline, the EDM start hunt).
    void take()
    {
        while (!m_rx.isEmpty() && m_wait != Wait::None && m_wait != Wait::All) {
            if (m_wait == Wait::Bytes && m_need < 0) { // the echo, byte by byte
                m_line += m_rx.left(1);
                m_rx.remove(0, 1);
                if (m_line.contains(m_echo))
                    return complete(m_line);
                continue;
            }
            if (m_wait == Wait::Bytes) {
                if (m_rx.size() < m_need)
                    return;
                const QByteArray out = m_rx.left(m_need);
                m_rx.remove(0, m_need);
                return complete(out);
            }
            const char c = m_rx[0];
            m_rx.remove(0, 1);
            m_timer.start(1000);
            if (m_wait == Wait::Line) {
                m_line += c;
                if (c == '\n')
                    return complete(m_line);
            } else if (c == '\xAA') { // EdmStart
                m_wait = Wait::None;
                m_timer.stop();
                return readBytes(2, [this](const QByteArray &len) { edmHeaderRead(len); });
            }
        }
    }

    void onTimeout()
    {
        switch (m_wait) {
        case Wait::None:
            return std::exchange(m_afterSleep, {})();
        case Wait::Bytes:
            return complete(std::exchange(m_rx, {})); // a short read: fewer than m_need bytes came
        case Wait::Line:
            return complete(m_line);
        case Wait::EdmStart:
            m_wait = Wait::None;
            return std::exchange(m_edmDone, {})(-1, {});
        case Wait::All: {
            const QByteArray chunk = m_rx.left(8192);
            m_rx.remove(0, chunk.size());
            if (chunk.isEmpty())
                return complete(m_line);
            m_line += chunk;
            return m_timer.start(1000);
        }
        }
    }

    void complete(const QByteArray &bytes)
    {
        m_wait = Wait::None;
        m_timer.stop();
        std::exchange(m_bytesDone, {})(bytes);
    }

    // wait_for_startup(): read() until +STARTUP is in what was read (no deadline in the script;
    // the test's own deadline bounds it).
    void waitForStartup(Done d)
    {
        readEcho("+STARTUP", [d](const QByteArray &) { d(); });
    }

    void record(const QString &label) { m_milestones.append({label, m_clock.elapsed()}); }

    void fail(const QString &why)
    {
        if (!m_error.isEmpty())
            return;
        m_error = why;
        m_timer.stop();
        m_wait = Wait::None;
        finish();
    }

    void finish()
    {
        if (auto f = std::exchange(m_finished, {}))
            f();
    }

    Config m_cfg;
    QSerialPort m_port;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_rx, m_line, m_echo, m_operationId;
    Wait m_wait = Wait::None;
    int m_need = 0;
    std::function<void(const QByteArray &)> m_bytesDone;
    std::function<void(int, const QByteArray &)> m_edmDone;
    Done m_afterSleep, m_finished;
    QList<Milestone> m_milestones;
    QString m_error, m_status;
};
