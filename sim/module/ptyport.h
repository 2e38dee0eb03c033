#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace uxsim {

/// The module's UART: the master side of a pseudo-terminal whose device end is reachable through
/// a symlink. Output is paced at the configured line rate (10 bits per byte).
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
    void setBaudRate(int baud) { m_baud = baud > 0 ? baud : 115200; }
    int baudRate() const { return m_baud; }
    void write(const QByteArray &bytes);
    void clearOutput() { m_queue.clear(); }
    qsizetype pendingOutput() const { return m_queue.size(); }
    /// The "port hanging up" fault: close both ends and remove the link; the host sees an error.
    void hangup();
    bool isOpen() const { return m_master >= 0; }
    QString devicePath() const { return m_device; }
    QString linkPath() const { return m_link; }

signals:
    void received(const QByteArray &bytes);

private:
    void onReadable();
    void pace();

    int m_master = -1;
    int m_slave = -1;
    QString m_device;
    QString m_link;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sentInPeriod = 0;
    QByteArray m_queue;
    int m_baud = 115200;
};

} // namespace uxsim
