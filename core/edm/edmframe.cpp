#include "edm/edmframe.h"

#include <QHostAddress>

namespace edm {

QString packetTypeName(quint16 id)
{
    switch (PacketType(id)) {
    case PacketType::ConnectEvent:
        return QStringLiteral("connect_event");
    case PacketType::DisconnectEvent:
        return QStringLiteral("disconnect_event");
    case PacketType::DataEvent:
        return QStringLiteral("data_event");
    case PacketType::DataCommand:
        return QStringLiteral("data_command");
    case PacketType::AtEvent:
        return QStringLiteral("at_event");
    case PacketType::AtRequest:
        return QStringLiteral("at_request");
    case PacketType::AtConfirmation:
        return QStringLiteral("at_confirmation");
    case PacketType::ResendConnectEvents:
        return QStringLiteral("resend_connect_events");
    case PacketType::IPhoneEvent:
        return QStringLiteral("iphone_event");
    case PacketType::StartEvent:
        return QStringLiteral("start_event");
    }
    return {};
}

bool isKnownPacketType(quint16 id)
{
    return !packetTypeName(id).isEmpty();
}

bool hasChannel(quint16 id)
{
    switch (PacketType(id)) {
    case PacketType::ConnectEvent:
    case PacketType::DisconnectEvent:
    case PacketType::DataEvent:
    case PacketType::DataCommand:
        return true;
    default:
        return false;
    }
}

bool isAtPacket(quint16 id)
{
    return id == quint16(PacketType::AtEvent) || id == quint16(PacketType::AtRequest) ||
           id == quint16(PacketType::AtConfirmation);
}

bool isDataPacket(quint16 id)
{
    return id == quint16(PacketType::DataEvent) || id == quint16(PacketType::DataCommand);
}

QString ConnectEvent::formatAddress(Kind kind, const QByteArray &address)
{
    const auto *b = reinterpret_cast<const quint8 *>(address.constData());
    switch (kind) {
    case Kind::Ipv4:
        if (address.size() == 4)
            return QHostAddress(quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3]).toString();
        break;
    case Kind::Ipv6:
        if (address.size() == 16)
            return QHostAddress(b).toString();
        break;
    case Kind::Bluetooth:
        if (address.size() == 6)
            return QString::fromLatin1(address.toHex(':').toUpper());
        break;
    }
    return QString::fromLatin1(address.toHex());
}

QString ConnectEvent::protocolName() const
{
    if (kind == Kind::Bluetooth) {
        switch (protocol) {
        case 0:
            return QStringLiteral("spp");
        case 1:
            return QStringLiteral("dun");
        case 14:
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
    case 2:
        return QStringLiteral("mqtt");
    default:
        return QString::number(protocol);
    }
}

namespace {
Frame withChannel(PacketType type, quint8 channel, QByteArrayView data)
{
    QByteArray payload;
    payload.reserve(data.size() + 1);
    payload.append(char(channel));
    payload.append(data);
    return Frame(quint16(type), std::move(payload));
}

void appendU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}

quint16 readU16(const char *p)
{
    return quint16(quint8(p[0]) << 8 | quint8(p[1]));
}
} // namespace

Frame Frame::atRequest(QByteArrayView text)
{
    return Frame(quint16(PacketType::AtRequest), text.toByteArray());
}

Frame Frame::atConfirmation(QByteArrayView text)
{
    return Frame(quint16(PacketType::AtConfirmation), text.toByteArray());
}

Frame Frame::atEvent(QByteArrayView text)
{
    return Frame(quint16(PacketType::AtEvent), text.toByteArray());
}

Frame Frame::dataCommand(quint8 channel, QByteArrayView data)
{
    return withChannel(PacketType::DataCommand, channel, data);
}

Frame Frame::dataEvent(quint8 channel, QByteArrayView data)
{
    return withChannel(PacketType::DataEvent, channel, data);
}

Frame Frame::disconnectEvent(quint8 channel)
{
    return withChannel(PacketType::DisconnectEvent, channel, {});
}

Frame Frame::connectEvent(const ConnectEvent &e)
{
    QByteArray p;
    p.append(char(e.channel));
    p.append(char(e.kind));
    p.append(char(e.protocol));
    p.append(e.remoteAddress);
    if (e.kind == ConnectEvent::Kind::Bluetooth) {
        appendU16(p, e.frameSize);
    } else {
        appendU16(p, e.remotePort);
        p.append(e.localAddress);
        appendU16(p, e.localPort);
    }
    return Frame(quint16(PacketType::ConnectEvent), std::move(p));
}

Frame Frame::startEvent()
{
    return Frame(quint16(PacketType::StartEvent), {});
}

Frame Frame::resendConnectEvents()
{
    return Frame(quint16(PacketType::ResendConnectEvents), {});
}

Frame Frame::iPhoneEvent(QByteArrayView payload)
{
    return Frame(quint16(PacketType::IPhoneEvent), payload.toByteArray());
}

std::optional<quint8> Frame::channel() const
{
    if (!hasChannel(m_id) || m_payload.isEmpty())
        return std::nullopt;
    return quint8(m_payload[0]);
}

QByteArrayView Frame::data() const
{
    if (!isDataPacket(m_id) || m_payload.isEmpty())
        return {};
    return QByteArrayView(m_payload).sliced(1);
}

std::optional<ConnectEvent> Frame::connectEvent() const
{
    if (m_id != quint16(PacketType::ConnectEvent) || m_payload.size() < 2)
        return std::nullopt;
    const char *p = m_payload.constData();
    ConnectEvent e;
    e.channel = quint8(p[0]);
    const quint8 kind = quint8(p[1]);
    // Payload sizes after the id word: channel + kind + protocol + addresses/ports.
    switch (kind) {
    case quint8(ConnectEvent::Kind::Ipv4):
    case quint8(ConnectEvent::Kind::Ipv6): {
        const int addr = kind == quint8(ConnectEvent::Kind::Ipv4) ? 4 : 16;
        if (m_payload.size() != 3 + 2 * addr + 4)
            return std::nullopt;
        e.kind = ConnectEvent::Kind(kind);
        e.protocol = quint8(p[2]);
        e.remoteAddress = QByteArray(p + 3, addr);
        e.remotePort = readU16(p + 3 + addr);
        e.localAddress = QByteArray(p + 5 + addr, addr);
        e.localPort = readU16(p + 5 + 2 * addr);
        return e;
    }
    case quint8(ConnectEvent::Kind::Bluetooth):
        if (m_payload.size() != 3 + 6 + 2)
            return std::nullopt;
        e.kind = ConnectEvent::Kind::Bluetooth;
        e.protocol = quint8(p[2]);
        e.remoteAddress = QByteArray(p + 3, 6);
        e.frameSize = readU16(p + 9);
        return e;
    default:
        return std::nullopt;
    }
}

QByteArray Frame::encode() const
{
    if (!isEncodable())
        return {};
    const quint16 length = quint16(m_payload.size() + 2);
    QByteArray out;
    out.reserve(m_payload.size() + kOverhead);
    out.append(char(kStartByte));
    appendU16(out, length);
    appendU16(out, m_id);
    out.append(m_payload);
    out.append(char(kEndByte));
    return out;
}

} // namespace edm
