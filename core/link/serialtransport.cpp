#include "link/serialtransport.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

SerialTransport::SerialTransport(SerialSettings settings, QObject *parent)
    : Transport(parent)
    , m_settings(std::move(settings))
{
    connect(&m_port, &QSerialPort::readyRead, this, [this] { emit received(m_port.readAll()); });
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialTransport::onError);
    connect(&m_port, &QSerialPort::bytesWritten, this, &Transport::bytesWritten);
}

SerialTransport::~SerialTransport()
{
    close();
}

LinkError SerialTransport::open()
{
    m_lost = false;
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadWrite)) {
        const QString path =
            m_settings.port.startsWith(u'/') ? m_settings.port : QStringLiteral("/dev/") + m_settings.port;
        // Qt reports both a held lock file and a refused open() as PermissionError: access() tells
        // "in use" from "forbidden", and a forbidden port is explained with its fix.
        if (m_port.error() == QSerialPort::PermissionError &&
            ::access(QFile::encodeName(path).constData(), R_OK | W_OK) == 0)
            return {LinkError::Code::PortBusy,
                    tr("cannot open %1: the port is in use by another program (a terminal, a second station, "
                       "ModemManager); close it, or find it with: fuser -v %2")
                        .arg(m_settings.port, path)};
        if (m_port.error() == QSerialPort::PermissionError) {
            struct stat st;
            if (::stat(QFile::encodeName(path).constData(), &st) != 0)
                return {LinkError::Code::PermissionDenied,
                        tr("cannot open %1: permission denied").arg(m_settings.port)};
            const group *g = ::getgrgid(st.st_gid);
            const QString groupName = g ? QString::fromLocal8Bit(g->gr_name) : QString::number(st.st_gid);
            const passwd *me = ::getpwuid(::geteuid());
            const QString user = me ? QString::fromLocal8Bit(me->pw_name) : QStringLiteral("$USER");
            if ((st.st_mode & (S_IRGRP | S_IWGRP)) != (S_IRGRP | S_IWGRP)) {
                const passwd *owner = ::getpwuid(st.st_uid);
                return {LinkError::Code::PermissionDenied,
                        tr("cannot open %1: permission denied. Only its owner %2 may open it (mode %3), so joining a "
                           "group does not help. Fix: install the station's udev rule for the adapter (see 'man "
                           "provstation-cli', PERMISSIONS), or ask an administrator to give the group dialout read "
                           "and write access.")
                            .arg(m_settings.port,
                                 owner ? QString::fromLocal8Bit(owner->pw_name) : QString::number(st.st_uid),
                                 QString::number(st.st_mode & 07777, 8).rightJustified(4, u'0'))};
            }
            bool listed = false; // in /etc/group, but this login session started before that
            for (char **m = g ? g->gr_mem : nullptr; m && *m; ++m)
                listed = listed || user == QString::fromLocal8Bit(*m);
            return {LinkError::Code::PermissionDenied,
                    listed ? tr("cannot open %1: permission denied. The user %2 was added to the group '%3' after "
                                "this session started. Fix: log out and back in (or run: newgrp %3).")
                                 .arg(m_settings.port, user, groupName)
                           : tr("cannot open %1: permission denied. The port belongs to the group '%3' and the user %2 "
                                "is not a member. Fix: sudo usermod -aG %3 %2, then log out and back in.")
                                 .arg(m_settings.port, user, groupName)};
        }
        return {LinkError::Code::OpenFailed,
                tr("cannot open %1: %2")
                    .arg(m_settings.port, m_port.error() == QSerialPort::DeviceNotFoundError ? tr("no such port")
                                                                                             : m_port.errorString())};
    }
    // Pseudo-terminals refuse some of these (toolchain.md §4); a real UART takes them all. The
    // speed and framing matter only on real hardware, so a refusal is logged, not fatal.
    const bool ok = m_port.setBaudRate(m_settings.baudRate) && m_port.setDataBits(QSerialPort::Data8) &&
                    m_port.setParity(QSerialPort::NoParity) && m_port.setStopBits(QSerialPort::OneStop) &&
                    m_port.setFlowControl(m_settings.flowControl);
    if (!ok)
        qCInfo(lcLink) << "port" << m_settings.port << "refused a setting:" << m_port.errorString();
    m_port.clearError();
    qCInfo(lcLink) << "opened" << m_settings.port << m_settings.baudRate << "8N1";
    return {};
}

void SerialTransport::close()
{
    if (m_port.isOpen())
        m_port.close();
}

bool SerialTransport::write(const QByteArray &bytes)
{
    if (!m_port.isOpen())
        return false;
    return m_port.write(bytes) == bytes.size();
}

void SerialTransport::onError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
        return;
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
    case QSerialPort::WriteError:
    case QSerialPort::DeviceNotFoundError:
    case QSerialPort::PermissionError:
        // An unplug shows up as ResourceError on real UARTs and as ReadError (with a stale
        // error string) on pseudo-terminals: both end the session, once.
        if (!m_port.isOpen() || m_lost)
            return;
        m_lost = true;
        qCWarning(lcLink) << "port" << m_settings.port << "lost:" << m_port.errorString();
        m_port.close();
        emit lost(
            {LinkError::Code::PortClosed, tr("the module on %1 went away (unplugged or closed)").arg(m_settings.port)});
        return;
    default:
        qCInfo(lcLink) << "port" << m_settings.port << "error" << error << m_port.errorString();
        m_port.clearError();
    }
}

bool SerialTransport::setBaudRate(qint32 baud)
{
    // Bytes still queued at the old rate would reach the module garbled: the caller switches
    // only between commands, after the module's OK was read (nothing left to send).
    if (!m_port.isOpen() || !m_port.setBaudRate(baud))
        return false;
    m_settings.baudRate = baud;
    qCInfo(lcLink) << m_settings.port << "line rate" << baud;
    return true;
}
