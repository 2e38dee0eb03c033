#pragma once

#include "link/transport.h"

#include <QSerialPort>

/// Serial settings as a value (captured where the user chose them).
struct SerialSettings
{
    QString port; ///< device path or name; a typed pty path is fine
    qint32 baudRate = 115200;
    QSerialPort::FlowControl flowControl = QSerialPort::HardwareControl; ///< RTS/CTS, the module default
};

/// QSerialPort behind the Transport seam: 8N1, RTS/CTS by default. DTR is never toggled after
/// open (five DTR toggles factory-reset a u-connectXpress module). An unplugged port or a peer
/// that goes away ends the session with one clear error.
class SerialTransport final : public Transport
{
    Q_OBJECT
public:
    explicit SerialTransport(SerialSettings settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    LinkError open() override;
    void close() override;
    bool isOpen() const override { return m_port.isOpen(); }
    bool write(const QByteArray &bytes) override;
    QString name() const override { return m_settings.port; }
    qint64 pendingBytes() const override { return m_port.bytesToWrite(); }
    qint32 baudRate() const override { return m_settings.baudRate; }
    bool setBaudRate(qint32 baud) override;

private:
    void onError(QSerialPort::SerialPortError error);

    SerialSettings m_settings;
    QSerialPort m_port;
    bool m_lost = false;
};
