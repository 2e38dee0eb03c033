#include "link/serialtransport.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

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
        // Qt reports both "the user may not open the device" and "another program holds its lock
        // file" as PermissionError; the device's own permissions tell them apart.
        if (m_port.error() == QSerialPort::PermissionError) {
            if (!QFileInfo(m_settings.port).isWritable() || !QFileInfo(m_settings.port).isReadable())
                return {LinkError::Code::PermissionDenied,
                        tr("cannot open %1: permission denied. Add the user to the group that owns the port "
                           "(usually: sudo usermod -aG dialout $USER), then log out and in again")
                            .arg(m_settings.port)};
            return {LinkError::Code::PortBusy,
                    tr("cannot open %1: the port is in use by another program").arg(m_settings.port)};
        }
        const QString why =
            m_port.error() == QSerialPort::DeviceNotFoundError ? tr("no such port") : m_port.errorString();
        return {LinkError::Code::OpenFailed, tr("cannot open %1: %2").arg(m_settings.port, why)};
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
