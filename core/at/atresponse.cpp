#include "at/atresponse.h"

#include <QCoreApplication>

namespace at {

QList<QByteArray> splitParams(QByteArrayView params)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false;
    bool any = false;
    for (char c : params) {
        any = true;
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (c == ',' && !quoted) {
            out.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (any)
        out.append(current);
    return out;
}

std::optional<int> toInt(QByteArrayView text)
{
    bool ok = false;
    const int v = text.toByteArray().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Response Response::parse(QByteArrayView line)
{
    Response r;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        r.name = line.toByteArray();
        return r;
    }
    r.name = line.first(colon).toByteArray();
    r.params = splitParams(line.sliced(colon + 1));
    return r;
}

namespace {
// Parses "+NAME:..." and checks the name and the parameter count; ints are checked by the caller.
std::optional<Response> expect(QByteArrayView line, QByteArrayView name, qsizetype minParams, qsizetype maxParams)
{
    Response r = Response::parse(line);
    if (r.name != name || r.params.size() < minParams || r.params.size() > maxParams)
        return std::nullopt;
    return r;
}

bool allInts(const Response &r, std::initializer_list<int> indexes, QList<int> &values)
{
    for (int i : indexes) {
        const auto v = toInt(r.params.value(i));
        if (!v)
            return false;
        values.append(*v);
    }
    return true;
}
} // namespace

std::optional<WifiLinkUp> WifiLinkUp::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UUWLE", 3, 3);
    QList<int> v;
    if (!r || !allInts(*r, {0, 2}, v))
        return std::nullopt;
    return WifiLinkUp{v[0], r->params[1], v[1]};
}

std::optional<WifiLinkDown> WifiLinkDown::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UUWLD", 2, 2);
    QList<int> v;
    if (!r || !allInts(*r, {0, 1}, v))
        return std::nullopt;
    return WifiLinkDown{v[0], v[1]};
}

QString WifiLinkDown::reasonText(int reason)
{
    switch (reason) {
    case RemoteClose:
        return QCoreApplication::translate("at", "the access point closed the connection");
    case OutOfRange:
        return QCoreApplication::translate("at", "the access point is out of range");
    case Roaming:
        return QCoreApplication::translate("at", "roaming to another access point");
    case SecurityProblem:
        return QCoreApplication::translate("at", "wrong Wi-Fi password or security type");
    case NetworkDisabled:
        return QCoreApplication::translate("at", "the Wi-Fi network was disabled");
    default:
        return QCoreApplication::translate("at", "Wi-Fi link lost for an unknown reason (%1)").arg(reason);
    }
}

std::optional<NetworkEvent> NetworkEvent::parse(QByteArrayView line)
{
    const bool up = line.startsWith("+UUNU:");
    if (!up && !line.startsWith("+UUND:"))
        return std::nullopt;
    const auto r = expect(line, up ? "+UUNU" : "+UUND", 1, 1);
    QList<int> v;
    if (!r || !allInts(*r, {0}, v))
        return std::nullopt;
    return NetworkEvent{up, v[0]};
}

QString PeerConnected::protocolName() const
{
    if (kind == Kind::Bluetooth) {
        switch (protocol) {
        case 1:
            return QStringLiteral("spp");
        case 2:
            return QStringLiteral("dun");
        case 4:
            return QStringLiteral("sps");
        default:
            return QString::number(protocol);
        }
    }
    switch (protocol) {
    case 0:
        return QStringLiteral("tcp");
    case 1:
        return QStringLiteral("udp");
    case 6:
        return QStringLiteral("mqtt");
    default:
        return QString::number(protocol);
    }
}

std::optional<PeerConnected> PeerConnected::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UUDPC", 5, 7);
    QList<int> v;
    if (!r || !allInts(*r, {0, 1, 2}, v))
        return std::nullopt;
    PeerConnected p;
    p.peerHandle = v[0];
    p.protocol = v[2];
    if (v[1] == int(Kind::Bluetooth)) {
        QList<int> fs;
        if (r->params.size() != 5 || !allInts(*r, {4}, fs))
            return std::nullopt;
        p.kind = Kind::Bluetooth;
        p.remoteAddress = r->params[3];
        p.frameSize = fs[0];
        return p;
    }
    if (v[1] != int(Kind::Ipv4) && v[1] != int(Kind::Ipv6))
        return std::nullopt;
    QList<int> ports;
    if (r->params.size() != 7 || !allInts(*r, {4, 6}, ports))
        return std::nullopt;
    p.kind = Kind(v[1]);
    p.localAddress = r->params[3];
    p.localPort = ports[0];
    p.remoteAddress = r->params[5];
    p.remotePort = ports[1];
    return p;
}

std::optional<PeerDisconnected> PeerDisconnected::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UUDPD", 1, 1);
    QList<int> v;
    if (!r || !allInts(*r, {0}, v))
        return std::nullopt;
    return PeerDisconnected{v[0]};
}

std::optional<PeerCreated> PeerCreated::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UDCP", 1, 1);
    QList<int> v;
    if (!r || !allInts(*r, {0}, v))
        return std::nullopt;
    return PeerCreated{v[0]};
}

std::optional<MacAddress> MacAddress::parse(QByteArrayView line)
{
    const auto r = expect(line, "+UMLA", 1, 1);
    if (!r)
        return std::nullopt;
    const QByteArray mac = r->params[0].trimmed();
    if (mac.size() != 12)
        return std::nullopt;
    for (char c : mac) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return MacAddress{mac.toUpper()};
}

std::optional<SecurityObject> SecurityObject::parse(QByteArrayView line)
{
    const auto r = expect(line, "+USECMNG", 3, 8);
    QList<int> v;
    if (!r || !allInts(*r, {0, 1}, v))
        return std::nullopt;
    const QByteArray md5 = r->params.last().trimmed().toUpper();
    if (md5.size() != 32)
        return std::nullopt;
    for (char c : md5) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return SecurityObject{v[0], v[1], r->params[2], md5};
}

} // namespace at
