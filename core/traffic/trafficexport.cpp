#include "traffic/trafficexport.h"

#include "common/hex.h"

#include "edm/edmframe.h"
#include "traffic/trafficdecode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>
#include <QUrl>

namespace traffic {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("traffic", text);
}

// ---------------------------------------------------------------- text

QByteArray atText(QByteArrayView raw)
{
    // AT payload between the id word and the end byte, CR LF framing removed, lines kept.
    QByteArray text = raw.sliced(5, raw.size() - 6).toByteArray();
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    return text.trimmed();
}

QByteArray frameLine(QByteArrayView raw)
{
    // 0xAA00120044 'AT+UWSC=0,2,SSID\r' 0x55
    QByteArray out = "0x" + raw.first(5).toByteArray().toHex().toUpper() + " '";
    out += hex::escaped(raw.sliced(5, raw.size() - 6)).toUtf8();
    out += "' 0x" + raw.last(1).toByteArray().toHex().toUpper();
    return out;
}

QByteArray textLine(const TrafficRecord &r)
{
    static const QByteArray indent(8, ' ');
    const bool out = r.direction == TrafficRecord::Direction::ToModule;
    const QByteArrayView raw(r.raw);
    const bool frame = r.kind == TrafficRecord::Kind::EdmFrame && raw.size() >= 6 && quint8(raw[0]) == edm::kStartByte;
    if (frame && out)
        return "-> " + frameLine(raw);
    if (frame) {
        const quint16 id = quint16((quint8(raw[3]) << 8) | quint8(raw[4]));
        const QByteArray channel = raw.size() > 6 ? QByteArray::number(quint8(raw[5])) : QByteArray("?");
        switch (edm::PacketType(id)) {
        case edm::PacketType::AtConfirmation:
            return "AT response: " + atText(raw);
        case edm::PacketType::AtEvent:
            return "AT event: " + atText(raw);
        case edm::PacketType::ConnectEvent: {
            const quint8 type = raw.size() > 7 ? quint8(raw[6]) : 0;
            const QByteArray kind = type == 1 ? "Bluetooth" : type == 3 ? "IPv6" : "IPv4";
            return "Connect event " + kind + '\n' + indent + "Channel id: " + channel;
        }
        case edm::PacketType::DisconnectEvent:
            return "Disconnect event\n" + indent + "Channel id: " + channel;
        case edm::PacketType::DataEvent:
            return "Data event:\n" + indent + "Channel id: " + channel + '\n' + indent +
                   "Data: " + hex::escaped(raw.sliced(6, raw.size() - 7)).toUtf8() + '\n';
        case edm::PacketType::StartEvent:
            return "Start event";
        default:
            return "<- " + frameLine(raw);
        }
    }
    switch (r.kind) {
    case TrafficRecord::Kind::AtLine:
    case TrafficRecord::Kind::Upload:
    case TrafficRecord::Kind::Noise:
        if (!raw.isEmpty()) {
            QByteArray text = raw.toByteArray();
            while (text.endsWith('\r') || text.endsWith('\n'))
                text.chop(1);
            if (r.kind == TrafficRecord::Kind::Noise)
                text = hex::escaped(text).toUtf8();
            return (out ? "-> " : "<- ") + text;
        }
        return (out ? "-> " : "<- ") + r.summary.toUtf8();
    case TrafficRecord::Kind::EdmError:
        return "!! " + r.summary.toUtf8();
    default:
        if (r.direction == TrafficRecord::Direction::Note)
            return "-- " + r.summary.toUtf8();
        return (out ? "-> " : "<- ") + r.summary.toUtf8();
    }
}

// ---------------------------------------------------------------- CSV

QByteArray csvField(const QByteArray &v)
{
    if (!v.contains(',') && !v.contains('"') && !v.contains('\n') && !v.contains('\r'))
        return v;
    QByteArray q = v;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

// The second column is the station's slot number as its tiles show it (1, 2, ...; "wizard" for the
// wizard's or a script's job). Captures written before it was named station_slot have "slot" there,
// counted from 0 and empty for the wizard; the importer reads both.
const QList<QByteArray> kCsvHeader = {"time_ms", "station_slot", "direction", "kind",     "channel", "summary",
                                      "hex",     "step",         "edm_id",    "redacted", "wall_ms"};
constexpr int kSlotColumn = 1;
constexpr QByteArrayView kLegacySlotName = "slot";
constexpr QByteArrayView kWizardSlot = "wizard";

bool isCsvHeader(const QList<QByteArray> &row, bool *legacy)
{
    if (row.size() != kCsvHeader.size())
        return false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == kCsvHeader[i])
            continue;
        if (i == kSlotColumn && row[i] == kLegacySlotName) {
            *legacy = true;
            continue;
        }
        return false;
    }
    return true;
}

QByteArray csvSlot(int slot)
{
    return slot < 0 ? kWizardSlot.toByteArray() : QByteArray::number(slot + 1);
}

std::optional<int> slotFromCsv(const QByteArray &cell, bool legacy)
{
    if (legacy)
        return cell.isEmpty() ? -1 : cell.toInt();
    if (cell == kWizardSlot)
        return -1;
    bool ok = false;
    const int n = cell.toInt(&ok);
    if (!ok || n < 1)
        return std::nullopt;
    return n - 1;
}

std::optional<QList<QList<QByteArray>>> parseCsv(QByteArrayView in, QString *error)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray cell;
    bool quoted = false, cellStarted = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < in.size() && in[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"' && !cellStarted) {
            quoted = cellStarted = true;
        } else if (c == ',') {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("a quoted field of the CSV is not closed");
        return std::nullopt;
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

TrafficRecord::Kind kindFromName(QByteArrayView name, bool *ok)
{
    for (auto k : {TrafficRecord::Kind::AtLine, TrafficRecord::Kind::Upload, TrafficRecord::Kind::EdmFrame,
                   TrafficRecord::Kind::EdmError, TrafficRecord::Kind::Noise, TrafficRecord::Kind::Event}) {
        if (TrafficRecord::kindName(k).toLatin1() == name) {
            *ok = true;
            return k;
        }
    }
    *ok = false;
    return TrafficRecord::Kind::Event;
}

TrafficRecord::Direction directionFromName(QByteArrayView name)
{
    if (name == "out")
        return TrafficRecord::Direction::ToModule;
    if (name == "in")
        return TrafficRecord::Direction::FromModule;
    return TrafficRecord::Direction::Note;
}

// ---------------------------------------------------------------- pcapng

constexpr quint32 kShb = 0x0A0D0D0A;
constexpr quint32 kIdb = 0x00000001;
constexpr quint32 kEpb = 0x00000006;
constexpr quint32 kByteOrderMagic = 0x1A2B3C4D;
constexpr quint16 kOptEnd = 0, kOptComment = 1, kEpbFlags = 2, kIfName = 2, kIfTsresol = 9, kShbUserAppl = 4;
constexpr QByteArrayView kMachineTag = "provstation ";

void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
void pad4(QByteArray &b)
{
    while (b.size() % 4)
        b.append('\0');
}
void putOption(QByteArray &b, quint16 code, QByteArrayView value)
{
    put16(b, code);
    put16(b, quint16(value.size()));
    b.append(value.data(), value.size());
    pad4(b);
}
void putBlock(QByteArray &out, quint32 type, const QByteArray &body)
{
    const quint32 total = quint32(body.size() + 12);
    put32(out, type);
    put32(out, total);
    out += body;
    put32(out, total);
}

QByteArray machineComment(const TrafficRecord &r)
{
    QByteArray c = kMachineTag.toByteArray();
    c += "kind=" + TrafficRecord::kindName(r.kind).toLatin1();
    c += ";slot=" + QByteArray::number(r.slot);
    c += ";channel=" + QByteArray::number(r.channel);
    c += ";edm_id=0x" + QByteArray::number(r.edmId, 16).rightJustified(4, '0');
    c += ";redacted=" + QByteArray(r.redacted ? "1" : "0");
    c += ";mono_ns=" + QByteArray::number(r.monotonicNs);
    c += ";step=" + QUrl::toPercentEncoding(r.step);
    return c;
}

void applyMachineComment(TrafficRecord &r, QByteArrayView comment)
{
    for (const QByteArray &pair : comment.sliced(kMachineTag.size()).toByteArray().split(';')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = pair.left(eq), value = pair.mid(eq + 1);
        bool ok = false;
        if (key == "kind") {
            const auto k = kindFromName(value, &ok);
            if (ok)
                r.kind = k;
        } else if (key == "slot") {
            r.slot = value.toInt();
        } else if (key == "channel") {
            r.channel = value.toInt();
        } else if (key == "edm_id") {
            r.edmId = quint16(value.mid(2).toUInt(nullptr, 16));
        } else if (key == "redacted") {
            r.redacted = value == "1";
        } else if (key == "mono_ns") {
            r.monotonicNs = value.toLongLong();
        } else if (key == "step") {
            r.step = QString::fromUtf8(QByteArray::fromPercentEncoding(value));
        }
    }
}

/// A packet's comments: the last one with the machine tag sets kind, slot, step...; the first of
/// the others is the summary (which may itself begin with the tag).
void applyComments(TrafficRecord &r, const QList<QByteArrayView> &comments)
{
    qsizetype machine = -1;
    for (qsizetype i = comments.size() - 1; i >= 0 && machine < 0; --i) {
        if (comments[i].startsWith(kMachineTag))
            machine = i;
    }
    if (machine >= 0)
        applyMachineComment(r, comments[machine]);
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (i != machine) {
            r.summary = QString::fromUtf8(comments[i]);
            return;
        }
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

quint32 le32(QByteArrayView b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.data() + at);
}

/// Calls @p visit(code, value) for each option of a block body from @p from, up to opt_endofopt.
template<typename Visit> void forEachOption(QByteArrayView body, qsizetype from, const Visit &visit)
{
    while (from + 4 <= body.size()) {
        const quint16 code = qFromLittleEndian<quint16>(body.data() + from);
        const quint16 len = qFromLittleEndian<quint16>(body.data() + from + 2);
        if (code == kOptEnd || from + 4 + len > body.size())
            return;
        visit(code, body.sliced(from + 4, len));
        from += 4 + ((len + 3) & ~3);
    }
}

/// Timestamp units per second of an interface description block (if_tsresol; default µs).
quint64 interfaceUnitsPerSecond(QByteArrayView body)
{
    quint64 units = 1000000;
    forEachOption(body, 8, [&](quint16 code, QByteArrayView v) {
        if (code == kIfTsresol && v.size() == 1) {
            const quint8 r = quint8(v[0]);
            units = 1;
            for (int i = 0; i < (r & 0x7F) && i < 19; ++i)
                units *= (r & 0x80) ? 2 : 10;
        }
    });
    return units;
}

/// The record of an enhanced packet block at offset @p at: bytes, time, direction, and what our
/// machine-readable comment adds (slot, step, kind...).
std::optional<TrafficRecord> packetRecord(QByteArrayView body, const QList<quint64> &unitsPerSecond, qsizetype at,
                                          QString *error)
{
    if (body.size() < 20) {
        fail(error, tr("damaged pcapng file: a packet block is too short (offset %1)").arg(at));
        return std::nullopt;
    }
    const quint32 iface = le32(body, 0);
    const quint64 ts = (quint64(le32(body, 4)) << 32) | le32(body, 8);
    const quint32 caplen = le32(body, 12);
    if (iface >= quint32(unitsPerSecond.size()) || 20 + qsizetype(caplen) > body.size()) {
        fail(error, tr("damaged pcapng file: bad packet block at offset %1").arg(at));
        return std::nullopt;
    }
    TrafficRecord r;
    r.raw = body.sliced(20, caplen).toByteArray();
    r.wallMs = qint64(ts * 1000 / unitsPerSecond[iface]);
    r.kind = !r.raw.isEmpty() && quint8(r.raw[0]) == edm::kStartByte ? TrafficRecord::Kind::EdmFrame
                                                                     : TrafficRecord::Kind::AtLine;
    if (r.kind == TrafficRecord::Kind::EdmFrame && r.raw.size() >= 5)
        r.edmId = quint16((quint8(r.raw[3]) << 8) | quint8(r.raw[4]));
    QList<QByteArrayView> comments; // the exporter writes the summary, then the machine comment
    forEachOption(body, 20 + ((caplen + 3) & ~3u), [&](quint16 code, QByteArrayView v) {
        if (code == kOptComment)
            comments.append(v);
        else if (code == kEpbFlags && v.size() == 4) {
            const quint32 f = qFromLittleEndian<quint32>(v.data()) & 3;
            r.direction = f == 1   ? TrafficRecord::Direction::FromModule
                          : f == 2 ? TrafficRecord::Direction::ToModule
                                   : TrafficRecord::Direction::Note;
        }
    });
    applyComments(r, comments);
    return r;
}

} // namespace

QByteArray toText(const QList<TrafficRecord> &records)
{
    QByteArray out;
    if (records.isEmpty())
        return out;
    const qint64 base = records.first().wallMs;
    for (const TrafficRecord &r : records) {
        out += ' ' + QByteArray::number(r.wallMs - base) + "ms ";
        out += textLine(r);
        out += '\n';
    }
    return out;
}

QByteArray toCsv(const QList<TrafficRecord> &records)
{
    QByteArray out;
    for (qsizetype i = 0; i < kCsvHeader.size(); ++i)
        out += (i ? "," : "") + kCsvHeader[i];
    out += "\r\n";
    const qint64 base = records.isEmpty() ? 0 : records.first().wallMs;
    for (const TrafficRecord &r : records) {
        const QList<QByteArray> cells = {
            QByteArray::number(r.wallMs - base),
            csvSlot(r.slot),
            TrafficRecord::directionName(r.direction).toLatin1(),
            TrafficRecord::kindName(r.kind).toLatin1(),
            r.channel < 0 ? QByteArray() : QByteArray::number(r.channel),
            r.summary.toUtf8(),
            r.raw.toHex(' ').toUpper(),
            r.step.toUtf8(),
            r.kind == TrafficRecord::Kind::EdmFrame ? "0x" + QByteArray::number(r.edmId, 16).rightJustified(4, '0')
                                                    : QByteArray(),
            r.redacted ? "1" : "0",
            QByteArray::number(r.wallMs),
        };
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + csvField(cells[i]);
        out += "\r\n";
    }
    return out;
}

std::optional<QList<TrafficRecord>> fromCsv(QByteArrayView bytes, QString *error)
{
    const auto rows = parseCsv(bytes, error);
    if (!rows)
        return std::nullopt;
    bool legacy = false;
    if (rows->isEmpty() || !isCsvHeader(rows->first(), &legacy)) {
        fail(error, tr("not a traffic CSV: its first line must be the header %1")
                        .arg(QString::fromLatin1(kCsvHeader.join(','))));
        return std::nullopt;
    }
    QList<TrafficRecord> out;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QList<QByteArray> &c = rows->at(i);
        if (c.size() == 1 && c[0].isEmpty())
            continue;
        if (c.size() != kCsvHeader.size()) {
            fail(error,
                 tr("line %1 of the CSV has %2 fields instead of %3").arg(i + 1).arg(c.size()).arg(kCsvHeader.size()));
            return std::nullopt;
        }
        TrafficRecord r;
        bool ok = false;
        const std::optional<int> slot = slotFromCsv(c[kSlotColumn], legacy);
        if (!slot) {
            fail(error, tr("line %1 of the CSV: \"%2\" is not a slot number (1, 2, ... or wizard)")
                            .arg(i + 1)
                            .arg(QString::fromUtf8(c[kSlotColumn])));
            return std::nullopt;
        }
        r.slot = *slot;
        r.direction = directionFromName(c[2]);
        r.kind = kindFromName(c[3], &ok);
        if (!ok) {
            fail(error, tr("line %1 of the CSV: unknown kind \"%2\"").arg(i + 1).arg(QString::fromUtf8(c[3])));
            return std::nullopt;
        }
        r.channel = c[4].isEmpty() ? -1 : c[4].toInt();
        r.summary = QString::fromUtf8(c[5]);
        r.raw = QByteArray::fromHex(c[6]);
        r.step = QString::fromUtf8(c[7]);
        r.edmId = c[8].isEmpty() ? 0 : quint16(c[8].mid(2).toUInt(nullptr, 16));
        r.redacted = c[9] == "1";
        r.wallMs = c[10].toLongLong();
        out << r;
    }
    return out;
}

QByteArray toPcapng(const QList<TrafficRecord> &records)
{
    QByteArray out;
    {
        QByteArray shb;
        put32(shb, kByteOrderMagic);
        put16(shb, 1);
        put16(shb, 0);
        put32(shb, 0xFFFFFFFF); // section length unknown (-1, 64 bit)
        put32(shb, 0xFFFFFFFF);
        putOption(shb, kShbUserAppl, "Provisioning Station " PROVSTATION_VERSION);
        putOption(shb, kOptEnd, {});
        putBlock(out, kShb, shb);
    }
    {
        QByteArray idb;
        put16(idb, kLinkTypeUser0);
        put16(idb, 0);
        put32(idb, 0); // no snap length
        putOption(idb, kIfName, "u-connectXpress serial");
        putOption(idb, kIfTsresol, QByteArrayView("\x06", 1)); // microseconds
        putOption(idb, kOptEnd, {});
        putBlock(out, kIdb, idb);
    }
    for (const TrafficRecord &r : records) {
        QByteArray epb;
        const quint64 us = quint64(r.wallMs) * 1000;
        put32(epb, 0);
        put32(epb, quint32(us >> 32));
        put32(epb, quint32(us));
        put32(epb, quint32(r.raw.size()));
        put32(epb, quint32(r.raw.size()));
        epb += r.raw;
        pad4(epb);
        if (!r.summary.isEmpty())
            putOption(epb, kOptComment, r.summary.toUtf8().left(60000));
        putOption(epb, kOptComment, machineComment(r));
        char flags[4];
        qToLittleEndian<quint32>(r.direction == TrafficRecord::Direction::FromModule ? 1
                                 : r.direction == TrafficRecord::Direction::ToModule ? 2
                                                                                     : 0,
                                 flags);
        putOption(epb, kEpbFlags, QByteArrayView(flags, 4));
        putOption(epb, kOptEnd, {});
        putBlock(out, kEpb, epb);
    }
    return out;
}

std::optional<QList<TrafficRecord>> fromPcapng(QByteArrayView in, QString *error)
{
    QList<TrafficRecord> out;
    QList<quint64> unitsPerSecond; // per interface
    qsizetype at = 0;
    bool sawShb = false;
    while (at < in.size()) {
        if (in.size() - at < 12) {
            fail(error, tr("the pcapng file ends inside a block (offset %1)").arg(at));
            return std::nullopt;
        }
        const quint32 type = le32(in, at);
        if (type == kShb) {
            if (le32(in, at + 8) != kByteOrderMagic) {
                fail(error, tr("a big-endian pcapng file: only little-endian captures can be read"));
                return std::nullopt;
            }
            sawShb = true;
            unitsPerSecond.clear();
        } else if (!sawShb) {
            fail(error, tr("not a pcapng file: it does not start with a section header block"));
            return std::nullopt;
        }
        const quint32 total = le32(in, at + 4);
        if (total < 12 || total % 4 || total > quint64(in.size() - at) || le32(in, at + total - 4) != total) {
            fail(error, tr("damaged pcapng file: bad block length at offset %1").arg(at));
            return std::nullopt;
        }
        const QByteArrayView body = in.sliced(at + 8, total - 12);
        if (type == kIdb) {
            if (body.size() < 8) {
                fail(error, tr("damaged pcapng file: an interface block is too short"));
                return std::nullopt;
            }
            unitsPerSecond << interfaceUnitsPerSecond(body);
        } else if (type == kEpb) {
            std::optional<TrafficRecord> r = packetRecord(body, unitsPerSecond, at, error);
            if (!r)
                return std::nullopt;
            out << *r;
        }
        at += total;
    }
    if (!sawShb) {
        fail(error, tr("the file is empty"));
        return std::nullopt;
    }
    return out;
}

std::optional<QList<TrafficRecord>> importCapture(QByteArrayView bytes, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        fail(error, tr("the file is empty"));
        return std::nullopt;
    }
    if (bytes.size() >= 4 && qFromLittleEndian<quint32>(bytes.data()) == kShb)
        return fromPcapng(bytes, error);
    // A CSV only when its first line is our header: anything else is not a capture at all, and
    // saying what it starts with helps more than a complaint about CSV fields.
    const qsizetype lineEnd = bytes.indexOf('\n');
    QByteArray first = bytes.first(lineEnd < 0 ? bytes.size() : lineEnd).toByteArray().trimmed();
    bool legacy = false;
    if (!isCsvHeader(first.split(','), &legacy)) {
        const QString start = hex::escaped(first.left(40)) + (first.size() > 40 ? QStringLiteral("…") : QString());
        fail(error, tr("not a traffic capture: a capture is a pcapng file or a CSV whose first line is %1, "
                       "but this file starts with \"%2\"")
                        .arg(QString::fromLatin1(kCsvHeader.join(',')), start));
        return std::nullopt;
    }
    return fromCsv(bytes, error);
}

} // namespace traffic
