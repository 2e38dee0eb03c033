#include "ptyport.h"

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
constexpr qsizetype kMaxQueue = 64 * 1024;
constexpr int kTickMs = 2;
} // namespace

PtyPort::PtyPort(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PtyPort::pace);
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
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    tcsetattr(m_slave, TCSANOW, &t);

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

void PtyPort::onReadable()
{
    char buf[4096];
    QByteArray in;
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n > 0) {
            in.append(buf, n);
            continue;
        }
        break; // EAGAIN, or EIO (cannot happen while we hold the device end)
    }
    if (!in.isEmpty())
        emit received(in);
}

void PtyPort::write(const QByteArray &bytes)
{
    if (m_master < 0 || bytes.isEmpty())
        return;
    m_queue.append(bytes);
    if (m_queue.size() > kMaxQueue)
        m_queue.remove(0, m_queue.size() - kMaxQueue);
    if (!m_timer.isActive()) {
        m_clock.start();
        m_sentInPeriod = 0;
        m_timer.start();
        pace();
    }
}

void PtyPort::pace()
{
    if (m_master < 0 || m_queue.isEmpty()) {
        m_timer.stop();
        return;
    }
    // 10 bits per byte (8N1). One byte of credit at the start of a busy period.
    const qint64 allowed = 1 + m_clock.nsecsElapsed() * m_baud / 10 / 1000000000LL;
    qint64 due = allowed - m_sentInPeriod;
    if (due <= 0)
        return;
    due = qMin<qint64>(due, m_queue.size());
    const ssize_t n = ::write(m_master, m_queue.constData(), size_t(due));
    if (n > 0) {
        m_queue.remove(0, n);
        m_sentInPeriod += n;
    } else {
        // Pty buffer full (no host reading): the line is idle for this tick; restart the period so
        // a reader appearing later is not flooded at once.
        m_clock.start();
        m_sentInPeriod = 0;
    }
    if (m_queue.isEmpty())
        m_timer.stop();
}

void PtyPort::hangup()
{
    if (m_master < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    m_timer.stop();
    m_queue.clear();
    ::close(m_slave);
    ::close(m_master);
    m_slave = m_master = -1;
    if (!m_link.isEmpty())
        QFile::remove(m_link);
}

} // namespace uxsim
