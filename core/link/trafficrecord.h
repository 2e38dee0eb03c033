#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

/// One thing that crossed the wire, as the traffic inspector, the logs and the exporters see it.
/// Immutable once published. Secrets are redacted at the source: @c raw then holds the redacted
/// bytes and @c redacted is set.
struct TrafficRecord
{
    enum class Direction : quint8
    {
        ToModule,
        FromModule,
        Note
    };
    enum class Kind : quint8
    {
        AtLine,   ///< a command-mode line (out: the command; in: one response/URC line)
        Upload,   ///< bytes sent after the '>' prompt
        EdmFrame, ///< one EDM frame (raw = the whole frame on the wire)
        EdmError, ///< input the EDM parser skipped
        Noise,    ///< text that is not protocol (boot loader output)
        Event,    ///< a link event (mode change, port opened/closed)
    };

    qint64 monotonicNs = 0; ///< steady clock, for latencies
    qint64 wallMs = 0;      ///< milliseconds since the epoch (UTC), for humans
    Direction direction = Direction::Note;
    Kind kind = Kind::Event;
    QByteArray raw;
    QString summary;   ///< one decoded line ("AT request AT+GMM", "data event ch 0 (93 B)")
    quint16 edmId = 0; ///< for EdmFrame
    int channel = -1;  ///< EDM channel where there is one
    int slot = -1;     ///< station slot
    QString step;      ///< provisioning step that caused it
    bool redacted = false;

    static QString directionName(Direction d);
    static QString kindName(Kind k);
};

Q_DECLARE_METATYPE(TrafficRecord)
