#pragma once

#include "link/trafficrecord.h"

#include <optional>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

/// Field-level decoding of traffic records for the inspector's detail tree and hex highlight.
namespace traffic {

/// One decoded field. @c offset / @c length give its bytes inside TrafficRecord::raw
/// (offset -1: the field has no bytes of its own, e.g. the record's slot).
struct Field
{
    QString name;
    QString value;
    int offset = -1;
    int length = 0;
    QList<Field> children;
};

/// The fields of a record: a "Record" group (time, slot, step, direction, redaction) followed by
/// the EDM frame's fields (start, length, id, channel, payload, connect-event fields, AT text,
/// data with a JSON tree when the data is JSON, end) or the text of a command-mode line.
QList<Field> decode(const TrafficRecord &record);

/// Type label used by the table's "Type" column and its filter: the EDM packet type name
/// ("at_request", "data_event", ..., "0x1234" for unknown ids) for EDM frames, otherwise the
/// record kind ("at", "upload", "edm_error", "noise", "event").
QString typeName(const TrafficRecord::Kind kind, quint16 edmId);
/// Every value typeName() can return for known types, in display order.
QStringList knownTypeNames();

// Words for people (translated in the "traffic" context; the ids above stay as they are for
// filters, exports and Wireshark's edm.type).

/// The type of typeName() in words: "AT request", "data event", "command-mode line", "0x1234".
QString typeLabel(TrafficRecord::Kind kind, quint16 edmId);
/// typeLabel() of an id returned by typeName() (empty for an id it does not know).
QString typeLabel(const QString &typeName);
/// "to the module", "from the module", "note".
QString directionLabel(TrafficRecord::Direction direction);
/// "command-mode line", "upload", "EDM frame", "skipped input", "noise", "link event".
QString kindLabel(TrafficRecord::Kind kind);
/// The station's name of a record's source: "Slot 1" for slot 0 (as the station's tiles count),
/// "Wizard" for -1 (the wizard's or a script's job).
QString slotLabel(int slot);
/// A wall-clock time in the current locale's date format with milliseconds, local time.
QString timeLabel(qint64 wallMs);

/// A JSON object or array inside a data payload (DPS answers, registration requests), if any.
std::optional<QJsonValue> detectJson(QByteArrayView data);
/// A JSON value as a field tree; every node points at @p offset / @p length (the payload bytes).
QList<Field> jsonFields(const QJsonValue &value, int offset, int length);

/// True for a record that carries an AT command towards the module (command-mode line with
/// bytes, or an EDM AT request frame).
bool isAtRequest(const TrafficRecord &record);
/// True for a record from the module whose AT text contains a final result line
/// (OK, ERROR, +CME ERROR:...).
bool isFinalResult(const TrafficRecord &record);

} // namespace traffic
