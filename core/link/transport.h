#pragma once

#include "link/linkerror.h"

#include <QByteArray>
#include <QObject>

/// The seam between the link engine and a byte pipe. ModuleLink never owns a port: tests drive
/// it with a scripted fake, the station with a serial port (a real one or a pseudo-terminal).
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Opens the pipe. On failure returns an error whose message names the port and the cause.
    virtual LinkError open() = 0;
    /// Closes on purpose; emits nothing.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    /// Queues bytes for sending; returns false when the pipe is gone.
    virtual bool write(const QByteArray &bytes) = 0;
    /// Human-readable name ("/dev/ttyUSB0").
    virtual QString name() const = 0;
    /// Bytes accepted by write() that have not left yet (the link starts a command's response
    /// deadline only when its bytes are out).
    virtual qint64 pendingBytes() const { return 0; }
    /// Bytes per second of the line (to give a write its deadline).
    virtual qint32 baudRate() const { return 115200; }
    /// Changes the line rate of an open pipe (after the module switched with AT+UMRS); false
    /// when this transport cannot (it stays at baudRate()).
    virtual bool setBaudRate(qint32 baud)
    {
        Q_UNUSED(baud);
        return false;
    }

signals:
    void received(const QByteArray &bytes);
    /// Some of the written bytes left; pendingBytes() tells how many are still waiting.
    void bytesWritten(qint64 bytes);
    /// The pipe went away without being asked to (unplugged, peer closed). Emitted once.
    void lost(const LinkError &error);
};
