#include "traffic/trafficdecode.h"

#include "common/hex.h"

#include "edm/edmframe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace traffic {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("traffic", text);
}

Field field(const QString &name, const QString &value, int offset = -1, int length = 0)
{
    return Field{name, value, offset, length, {}};
}

QString byteCount(qsizetype n)
{
    // Two messages rather than a numerus form: English has no catalogue to supply the plural.
    return n == 1 ? tr("1 byte") : tr("%1 bytes").arg(QLocale().toString(n));
}

QString hexWord(quint32 v, int digits)
{
    return QStringLiteral("0x%1").arg(v, digits, 16, QLatin1Char('0'));
}

quint16 be16(QByteArrayView b, int at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

QString ipText(QByteArrayView b)
{
    if (b.size() == 4)
        return QStringLiteral("%1.%2.%3.%4").arg(quint8(b[0])).arg(quint8(b[1])).arg(quint8(b[2])).arg(quint8(b[3]));
    QStringList parts;
    for (int i = 0; i + 1 < b.size(); i += 2)
        parts << QString::number(be16(b, i), 16);
    return parts.join(u':');
}

QString macText(QByteArrayView b)
{
    QStringList parts;
    for (char c : b)
        parts << QStringLiteral("%1").arg(quint8(c), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(u':');
}

QList<Field> connectEventFields(QByteArrayView raw, int end)
{
    QList<Field> out;
    if (end < 8)
        return out;
    const quint8 type = quint8(raw[6]);
    const QString typeText = type == 1   ? QStringLiteral("Bluetooth")
                             : type == 2 ? QStringLiteral("IPv4")
                             : type == 3 ? QStringLiteral("IPv6")
                                         : hexWord(type, 2);
    out << field(tr("Connect type"), typeText, 6, 1);
    const quint8 proto = quint8(raw[7]);
    if (type == 1) {
        const QString profile = proto == 0    ? QStringLiteral("SPP")
                                : proto == 1  ? QStringLiteral("DUN")
                                : proto == 14 ? QStringLiteral("SPS")
                                              : QString::number(proto);
        out << field(tr("Profile"), profile, 7, 1);
        if (end >= 16) {
            out << field(tr("BD address"), macText(raw.sliced(8, 6)), 8, 6);
            out << field(tr("Frame size"), QString::number(be16(raw, 14)), 14, 2);
        }
        return out;
    }
    const QString protoText = proto == 0   ? QStringLiteral("TCP")
                              : proto == 1 ? QStringLiteral("UDP")
                              : proto == 2 ? QStringLiteral("MQTT")
                                           : QString::number(proto);
    out << field(tr("Protocol"), protoText, 7, 1);
    const int a = type == 3 ? 16 : 4;
    if (end < 8 + 2 * (a + 2))
        return out;
    int at = 8;
    out << field(tr("Remote address"), ipText(raw.sliced(at, a)), at, a);
    at += a;
    out << field(tr("Remote port"), QString::number(be16(raw, at)), at, 2);
    at += 2;
    out << field(tr("Local address"), ipText(raw.sliced(at, a)), at, a);
    at += a;
    out << field(tr("Local port"), QString::number(be16(raw, at)), at, 2);
    return out;
}

QList<Field> edmFields(const TrafficRecord &r)
{
    QList<Field> out;
    const QByteArrayView raw(r.raw);
    if (raw.size() < 5 || quint8(raw[0]) != edm::kStartByte) {
        out << field(tr("Bytes"), hex::escaped(raw), 0, int(raw.size()));
        return out;
    }
    const int len = be16(raw, 1) & edm::kLengthMask;
    const quint16 id = be16(raw, 3);
    const int end = std::min<int>(int(raw.size()), 3 + len); // index of the end byte
    out << field(tr("Start byte"), hexWord(quint8(raw[0]), 2), 0, 1);
    out << field(tr("Length"), QStringLiteral("%1 (%2)").arg(hexWord(len, 4)).arg(len), 1, 2);
    const QString name = edm::packetTypeName(id);
    out << field(tr("Identifier"),
                 QStringLiteral("%1 %2").arg(
                     hexWord(id, 4), name.isEmpty() ? tr("unknown") : typeLabel(TrafficRecord::Kind::EdmFrame, id)),
                 3, 2);
    if (edm::hasChannel(id) && end > 5)
        out << field(tr("Channel"), QString::number(quint8(raw[5])), 5, 1);
    if (edm::isAtPacket(id) && end > 5) {
        out << field(tr("AT text"), hex::escaped(raw.sliced(5, end - 5)), 5, end - 5);
    } else if (edm::isDataPacket(id) && end > 6) {
        const QByteArrayView data = raw.sliced(6, end - 6);
        Field d = field(
            tr("Data"),
            tr("%1: %2").arg(byteCount(data.size()), hex::escaped(data.first(std::min<qsizetype>(data.size(), 120)))),
            6, end - 6);
        if (const auto json = detectJson(data)) {
            Field j = field(tr("JSON"), json->isObject() ? QStringLiteral("{…}") : QStringLiteral("[…]"), 6, end - 6);
            j.children = jsonFields(*json, 6, end - 6);
            d.children << j;
        }
        out << d;
    } else if (id == quint16(edm::PacketType::ConnectEvent)) {
        out << connectEventFields(raw, end);
    } else if (end > 5) {
        out << field(tr("Payload"), hex::escaped(raw.sliced(5, end - 5)), 5, end - 5);
    }
    if (end < raw.size())
        out << field(tr("End byte"), hexWord(quint8(raw[end]), 2), end, 1);
    return out;
}

} // namespace

QString typeName(const TrafficRecord::Kind kind, quint16 edmId)
{
    if (kind != TrafficRecord::Kind::EdmFrame)
        return TrafficRecord::kindName(kind);
    const QString name = edm::packetTypeName(edmId);
    return name.isEmpty() ? hexWord(edmId, 4) : name;
}

QStringList knownTypeNames()
{
    QStringList out;
    for (quint16 id : {0x0044, 0x0045, 0x0041, 0x0036, 0x0031, 0x0011, 0x0021, 0x0071, 0x0056, 0x0061})
        out << edm::packetTypeName(id);
    for (auto k : {TrafficRecord::Kind::AtLine, TrafficRecord::Kind::Upload, TrafficRecord::Kind::EdmError,
                   TrafficRecord::Kind::Noise, TrafficRecord::Kind::Event})
        out << TrafficRecord::kindName(k);
    return out;
}

QString typeLabel(TrafficRecord::Kind kind, quint16 edmId)
{
    if (kind != TrafficRecord::Kind::EdmFrame)
        return kindLabel(kind);
    switch (edm::PacketType(edmId)) {
    case edm::PacketType::ConnectEvent:
        return tr("connect event");
    case edm::PacketType::DisconnectEvent:
        return tr("disconnect event");
    case edm::PacketType::DataEvent:
        return tr("data event");
    case edm::PacketType::DataCommand:
        return tr("data command");
    case edm::PacketType::AtEvent:
        return tr("AT event");
    case edm::PacketType::AtRequest:
        return tr("AT request");
    case edm::PacketType::AtConfirmation:
        return tr("AT confirmation");
    case edm::PacketType::ResendConnectEvents:
        return tr("resend connect events");
    case edm::PacketType::IPhoneEvent:
        return tr("iPhone event");
    case edm::PacketType::StartEvent:
        return tr("start event");
    }
    return hexWord(edmId, 4);
}

QString typeLabel(const QString &name)
{
    for (quint16 id : {0x0044, 0x0045, 0x0041, 0x0036, 0x0031, 0x0011, 0x0021, 0x0071, 0x0056, 0x0061})
        if (edm::packetTypeName(id) == name)
            return typeLabel(TrafficRecord::Kind::EdmFrame, id);
    for (auto k : {TrafficRecord::Kind::AtLine, TrafficRecord::Kind::Upload, TrafficRecord::Kind::EdmFrame,
                   TrafficRecord::Kind::EdmError, TrafficRecord::Kind::Noise, TrafficRecord::Kind::Event})
        if (TrafficRecord::kindName(k) == name)
            return kindLabel(k);
    return {};
}

QString directionLabel(TrafficRecord::Direction direction)
{
    switch (direction) {
    case TrafficRecord::Direction::ToModule:
        return tr("to the module");
    case TrafficRecord::Direction::FromModule:
        return tr("from the module");
    case TrafficRecord::Direction::Note:
        return tr("note");
    }
    return {};
}

QString kindLabel(TrafficRecord::Kind kind)
{
    switch (kind) {
    case TrafficRecord::Kind::AtLine:
        return tr("command-mode line");
    case TrafficRecord::Kind::Upload:
        return tr("upload");
    case TrafficRecord::Kind::EdmFrame:
        return tr("EDM frame");
    case TrafficRecord::Kind::EdmError:
        return tr("skipped input");
    case TrafficRecord::Kind::Noise:
        return tr("noise");
    case TrafficRecord::Kind::Event:
        return tr("link event");
    }
    return {};
}

QString slotLabel(int slot)
{
    return slot < 0 ? tr("Wizard") : tr("Slot %1").arg(QLocale().toString(slot + 1));
}

QString timeLabel(qint64 wallMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(wallMs).toLocalTime();
    const QLocale locale;
    return locale.toString(t.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(t.time(), QStringLiteral("HH:mm:ss.zzz"));
}

std::optional<QJsonValue> detectJson(QByteArrayView data)
{
    qsizetype first = 0;
    while (first < data.size() && QChar::isSpace(uchar(data[first])))
        ++first;
    if (first == data.size() || (data[first] != '{' && data[first] != '['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

QList<Field> jsonFields(const QJsonValue &value, int offset, int length)
{
    QList<Field> out;
    const auto node = [&](const QString &name, const QJsonValue &v) {
        Field f{name, {}, offset, length, {}};
        if (v.isObject() || v.isArray()) {
            f.value = v.isObject() ? QStringLiteral("{…}") : QStringLiteral("[%1]").arg(v.toArray().size());
            f.children = jsonFields(v, offset, length);
        } else if (v.isString()) {
            f.value = u'"' + v.toString() + u'"';
        } else if (v.isBool()) {
            f.value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isNull()) {
            f.value = QStringLiteral("null");
        } else {
            f.value = QString::number(v.toDouble(), 'g', 17);
        }
        out << f;
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            node(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            node(QStringLiteral("[%1]").arg(i), a[i]);
    }
    return out;
}

bool isAtRequest(const TrafficRecord &r)
{
    if (r.direction != TrafficRecord::Direction::ToModule || r.raw.isEmpty())
        return false;
    // Upload chunks (PEM text) and continuations of a split line do not start with "AT".
    const auto startsWithAt = [](QByteArrayView t) {
        return t.size() >= 2 && (t[0] == 'A' || t[0] == 'a') && (t[1] == 'T' || t[1] == 't');
    };
    if (r.kind == TrafficRecord::Kind::AtLine)
        return startsWithAt(r.raw);
    return r.kind == TrafficRecord::Kind::EdmFrame && r.edmId == quint16(edm::PacketType::AtRequest) &&
           r.raw.size() > 6 && startsWithAt(QByteArrayView(r.raw).sliced(5));
}

bool isFinalResult(const TrafficRecord &r)
{
    if (r.direction != TrafficRecord::Direction::FromModule)
        return false;
    QByteArrayView text;
    if (r.kind == TrafficRecord::Kind::AtLine)
        text = r.raw;
    else if (r.kind == TrafficRecord::Kind::EdmFrame && r.edmId == quint16(edm::PacketType::AtConfirmation) &&
             r.raw.size() >= 6)
        text = QByteArrayView(r.raw).sliced(5, r.raw.size() - 6);
    else
        return false;
    for (const QByteArray &line : text.toByteArray().split('\n')) {
        const QByteArray t = line.trimmed();
        if (t == "OK" || t == "ERROR" || t.startsWith("+CME ERROR") || t.startsWith("+CMS ERROR"))
            return true;
    }
    return false;
}

QList<Field> decode(const TrafficRecord &r)
{
    QList<Field> out;
    Field rec = field(tr("Record"), r.summary);
    rec.children << field(tr("Time"), timeLabel(r.wallMs));
    rec.children << field(tr("Time (UTC)"),
                          QDateTime::fromMSecsSinceEpoch(r.wallMs, Qt::UTC).toString(Qt::ISODateWithMs));
    rec.children << field(tr("Source"), slotLabel(r.slot));
    if (!r.step.isEmpty())
        rec.children << field(tr("Step"), r.step);
    rec.children << field(tr("Direction"), directionLabel(r.direction));
    rec.children << field(tr("Kind"), kindLabel(r.kind));
    if (r.redacted)
        rec.children << field(tr("Redacted"), tr("yes: secrets were replaced before the record was stored"));
    out << rec;
    if (r.kind == TrafficRecord::Kind::EdmFrame && !r.raw.isEmpty()) {
        Field f = field(tr("EDM frame"), byteCount(r.raw.size()), 0, int(r.raw.size()));
        f.children = edmFields(r);
        out << f;
    } else if (!r.raw.isEmpty()) {
        Field f = field(tr("Text"), hex::escaped(r.raw), 0, int(r.raw.size()));
        if (const auto json = detectJson(r.raw))
            f.children = jsonFields(*json, 0, int(r.raw.size()));
        out << f;
    }
    return out;
}

} // namespace traffic
