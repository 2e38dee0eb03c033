#pragma once

#include "link/trafficrecord.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

/// Exporters and importers of traffic captures. They write what the records hold: records are
/// redacted at the source, so an export contains no secret unless the caller deliberately passed
/// records whose raw bytes were replaced by revealed originals (see docs/inspector.md).
namespace traffic {

/// LINKTYPE_USER0 (DLT 147): the link type of our pcapng interface; resources/edm.lua binds to it.
inline constexpr quint16 kLinkTypeUser0 = 147;

/// Text in the style of u-blox's DPS example log: " 14076ms -> 0xAA00120044 'AT+UWSC=0,2,SSID\r' 0x55",
/// " 14089ms AT response: OK", " 24712ms Connect event IPv4\n        Channel id: 0", ...
/// Times are milliseconds since the first record.
QByteArray toText(const QList<TrafficRecord> &records);

/// CSV (RFC 4180, CRLF, header row): time_ms, station_slot, direction, kind, channel, summary, hex,
/// step, edm_id, redacted, wall_ms. station_slot counts as the station's tiles do (1, 2, ...) and
/// says "wizard" for the wizard's or a script's job; fromCsv() also reads the older header whose
/// second column was "slot" (counted from 0, empty for the wizard).
QByteArray toCsv(const QList<TrafficRecord> &records);

/// pcapng: one section header, one interface (LINKTYPE_USER0, microsecond timestamps) and one
/// enhanced packet block per record: wall-clock timestamp, the raw bytes, epb_flags inbound /
/// outbound, and two comments: the summary, and "provstation slot=..;step=..;..." (machine
/// readable, used by the importer).
QByteArray toPcapng(const QList<TrafficRecord> &records);

std::optional<QList<TrafficRecord>> fromPcapng(QByteArrayView bytes, QString *error = nullptr);
std::optional<QList<TrafficRecord>> fromCsv(QByteArrayView bytes, QString *error = nullptr);
/// Chooses the importer from the content (pcapng magic, else the CSV header line); anything else
/// fails with an error that says what a capture looks like and what the bytes start with.
std::optional<QList<TrafficRecord>> importCapture(QByteArrayView bytes, QString *error = nullptr);

} // namespace traffic
