#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace uxsim {

/// The module's UART: the master side of a pseudo-terminal whose device end is reachable through
/// a symlink. Bytes take line time in both directions (10 bits per byte at the current rate): what
/// the host writes reaches the module no faster than the line carries it, and what the module
/// sends leaves no faster. A host whose port runs at another rate than the module's (more than 5 %
/// off, as a UART tolerates) reads garbage and sends garbage.
///
/// uxsim keeps a descriptor of the device end open itself: the pty then never reports EIO/hang-up
/// between host sessions (the host may close and reopen the port at will), and the raw termios
/// settings persist. Output written while no host listens stays in the pty buffer like in a USB-UART
/// bridge; beyond 64 KiB queued the oldest bytes are dropped.
class PtyPort : public QObject
{
    Q_OBJECT
public:
    explicit PtyPort(QObject *parent = nullptr);
    ~PtyPort() override;

    bool open(const QString &linkPath, QString *error);
    /// Changes the line rate at once (for bytes still queued too): a reboot, or the start.
    void setBaudRate(int baud);
    /// Changes the line rate once the bytes queued so far have left (AT+UMRS after its OK).
    void setBaudRateAfterQueued(int baud);
    int baudRate() const { return m_baud; }
    void write(const QByteArray &bytes);
    /// Bytes that arrive as if a host had sent them (a crashed host's last words, --prelude).
    void inject(const QByteArray &bytes);
    qsizetype pendingOutput() const { return m_tx.queue.size(); }
    qsizetype pendingInput() const { return m_rx.queue.size(); }
    /// The "port hanging up" fault: close both ends and remove the link; the host sees an error.
    void hangup();
    bool isOpen() const { return m_master >= 0; }
    QString devicePath() const { return m_device; }
    QString linkPath() const { return m_link; }

signals:
    /// Bytes the module receives, at line rate.
    void received(const QByteArray &bytes);
    /// The host's rate (what it set on its end of the pty) and the module's now differ by more than
    /// 5 % (@p hostRate != 0), or agree again (0): bytes both ways are garbled meanwhile.
    void rateMismatch(int hostRate);
    /// Every byte received so far (and injected) has been delivered.
    void inputDrained();

private:
    /// A direction of the line: a queue drained at baud/10 bytes per second from the start of a
    /// busy period.
    struct Line
    {
        QByteArray queue;
        QElapsedTimer clock;
        qint64 sent = 0;
        bool busy = false;
        qint64 due(int baud, int credit) const;
        void restart();
    };
    void onReadable();
    void tick();
    void paceOutput();
    void paceInput();
    void startTicking();
    /// Garbles @p bytes in place when the host's rate is not the module's (a receiver sampling at
    /// the wrong rate reads framing errors and wrong bytes).
    void garbleIfMismatched(QByteArray &bytes);

    int m_master = -1;
    int m_slave = -1;
    QString m_device;
    QString m_link;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    Line m_tx; // module -> host
    Line m_rx; // host -> module
    int m_baud = 115200;
    int m_pendingBaud = 0;
    int m_mismatchedHostRate = 0;
    qsizetype m_pendingBaudAfter = 0; // output bytes still at the old rate
};

} // namespace uxsim
