#include "ptyport.h"

#include "hostrate.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace uxsim {

namespace {
constexpr qsizetype kMaxQueue = 64 * 1024; // output kept for a host that is not reading
constexpr qsizetype kRxWindow = 4096;      // input read ahead; beyond it the host's writes wait (flow control)
constexpr int kTickMs = 1;
} // namespace

qint64 PtyPort::Line::due(int baud, int credit) const
{
    // 10 bits per byte (8N1).
    const qint64 allowed = credit + clock.nsecsElapsed() / 1000 * baud / 10 / 1000000;
    return qMin<qint64>(allowed - sent, queue.size());
}

void PtyPort::Line::restart()
{
    clock.start();
    sent = 0;
    busy = true;
}

PtyPort::PtyPort(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PtyPort::tick);
}

PtyPort::~PtyPort()
{
    if (m_master >= 0) {
        ::close(m_master);
        ::close(m_slave);
    }
    if (!m_link.isEmpty())
        QFile::remove(m_link);
}

bool PtyPort::open(const QString &linkPath, QString *error)
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0) {
        *error = QCoreApplication::translate("uxsim", "cannot create a pseudo-terminal: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_device = QString::fromLocal8Bit(ptsname(m_master));
    m_slave = ::open(ptsname(m_master), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_slave < 0) {
        *error = QCoreApplication::translate("uxsim", "cannot open %1").arg(m_device);
        return false;
    }
    termios t{};
    tcgetattr(m_slave, &t);
    cfmakeraw(&t);
    tcsetattr(m_slave, TCSANOW, &t);
    setHostLineRate(m_slave, m_baud); // the rate a host finds (until it sets its own)

    QFile::remove(linkPath); // a stale link of an earlier run
    if (::symlink(m_device.toLocal8Bit().constData(), linkPath.toLocal8Bit().constData()) != 0) {
        *error = QCoreApplication::translate("uxsim", "cannot create the link %1: %2")
                     .arg(linkPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_link = linkPath;
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PtyPort::onReadable);
    return true;
}

void PtyPort::setBaudRate(int baud)
{
    m_baud = baud > 0 ? baud : 115200;
    m_pendingBaud = 0;
    for (Line *l : {&m_tx, &m_rx}) {
        if (l->busy)
            l->restart();
    }
}

void PtyPort::setBaudRateAfterQueued(int baud)
{
    if (m_tx.queue.isEmpty())
        return setBaudRate(baud);
    m_pendingBaud = baud;
    m_pendingBaudAfter = m_tx.queue.size();
}

void PtyPort::onReadable()
{
    char buf[4096];
    const qsizetype room = kRxWindow - m_rx.queue.size();
    const ssize_t n = room > 0 ? ::read(m_master, buf, size_t(qMin<qsizetype>(room, sizeof buf))) : 0;
    // EAGAIN, or EIO (cannot happen while we hold the device end): nothing to take.
    if (n > 0)
        inject(QByteArray(buf, int(n)));
    // A full window stops reading: the host's further bytes wait in the pty, as behind CTS.
    m_notifier->setEnabled(m_rx.queue.size() < kRxWindow);
}

void PtyPort::inject(const QByteArray &bytes)
{
    if (m_master < 0 || bytes.isEmpty())
        return;
    m_rx.queue.append(bytes);
    if (!m_rx.busy)
        m_rx.restart();
    startTicking();
    paceInput();
}

void PtyPort::write(const QByteArray &bytes)
{
    if (m_master < 0 || bytes.isEmpty())
        return;
    m_tx.queue.append(bytes);
    if (m_tx.queue.size() > kMaxQueue) {
        const qsizetype drop = m_tx.queue.size() - kMaxQueue;
        m_tx.queue.remove(0, drop);
        m_pendingBaudAfter = qMax<qsizetype>(0, m_pendingBaudAfter - drop);
    }
    if (!m_tx.busy)
        m_tx.restart();
    startTicking();
    paceOutput();
}

void PtyPort::startTicking()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void PtyPort::tick()
{
    paceOutput();
    paceInput();
    if (!m_tx.busy && !m_rx.busy)
        m_timer.stop();
}

void PtyPort::paceOutput()
{
    if (m_master < 0 || m_tx.queue.isEmpty()) {
        m_tx.busy = false;
        return;
    }
    // One byte of credit: the first byte starts at once (the host sees it complete a byte time later).
    qint64 due = m_tx.due(m_baud, 1);
    if (m_pendingBaud)
        due = qMin<qint64>(due, m_pendingBaudAfter);
    if (due <= 0)
        return;
    QByteArray chunk = m_tx.queue.left(due);
    garbleIfMismatched(chunk);
    const ssize_t n = ::write(m_master, chunk.constData(), size_t(chunk.size()));
    if (n <= 0) {
        // Pty buffer full (no host reading): the line is idle for this tick; restart the period so
        // a reader appearing later is not flooded at once.
        m_tx.restart();
        return;
    }
    m_tx.queue.remove(0, n);
    m_tx.sent += n;
    if (m_pendingBaud && (m_pendingBaudAfter -= n) <= 0)
        setBaudRate(m_pendingBaud); // the bytes before the switch have left: the rest at the new rate
    if (m_tx.queue.isEmpty())
        m_tx.busy = false;
}

void PtyPort::paceInput()
{
    if (m_master < 0 || m_rx.queue.isEmpty()) {
        m_rx.busy = false;
        return;
    }
    // No credit: the module has a byte only once all of its ten bits are in.
    const qint64 due = m_rx.due(m_baud, 0);
    if (due <= 0)
        return;
    QByteArray chunk = m_rx.queue.left(due);
    garbleIfMismatched(chunk);
    m_rx.queue.remove(0, due);
    m_rx.sent += due;
    const bool drained = m_rx.queue.isEmpty();
    if (drained)
        m_rx.busy = false;
    if (m_notifier && !m_notifier->isEnabled() && m_rx.queue.size() < kRxWindow)
        m_notifier->setEnabled(true);
    emit received(chunk); // may hang the port up or change the rate
    if (drained && m_master >= 0 && m_rx.queue.isEmpty())
        emit inputDrained();
}

void PtyPort::garbleIfMismatched(QByteArray &bytes)
{
    const int host = hostLineRate(m_slave);
    const bool off = host > 0 && qAbs(qint64(host) - m_baud) * 100 > qint64(m_baud) * 5;
    if ((off ? host : 0) != m_mismatchedHostRate) {
        m_mismatchedHostRate = off ? host : 0;
        emit rateMismatch(m_mismatchedHostRate);
    }
    if (!off)
        return;
    for (char &c : bytes)
        c = char(0x80 | ((uchar(c) ^ 0x25) & 0x7F)); // never ASCII: noise to the AT parser
}

void PtyPort::hangup()
{
    if (m_master < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    m_timer.stop();
    m_tx = Line();
    m_rx = Line();
    m_pendingBaud = 0;
    ::close(m_slave);
    ::close(m_master);
    m_slave = m_master = -1;
    if (!m_link.isEmpty())
        QFile::remove(m_link);
}

} // namespace uxsim
