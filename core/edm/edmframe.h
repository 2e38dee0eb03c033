#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Extended Data Mode (EDM) of u-connectXpress gen 1.
///
/// Wire layout (uconnectxpress-protocol.md §1.1):
///   AA | len_hi len_lo | id_hi id_lo | payload (len-2 bytes) | 55
/// The upper 4 bits of the length are reserved and masked on reading; the length counts the
/// id word and the payload. There is no byte stuffing: 0xAA and 0x55 may appear in payloads.
namespace edm {

inline constexpr quint8 kStartByte = 0xAA;
inline constexpr quint8 kEndByte = 0x55;
inline constexpr quint16 kLengthMask = 0x0FFF;
inline constexpr int kHeaderSize = 5;    // start, length (2), id word (2)
inline constexpr int kOverhead = 6;      // header + end byte
inline constexpr int kMaxContent = 4092; // AT text or data bytes in one packet (0xFFC)

/// The 16-bit identifier + type word. Unknown values are kept as they are.
enum class PacketType : quint16
{
    ConnectEvent = 0x0011,
    DisconnectEvent = 0x0021,
    DataEvent = 0x0031,
    DataCommand = 0x0036,
    AtEvent = 0x0041,
    AtRequest = 0x0044,
    AtConfirmation = 0x0045,
    ResendConnectEvents = 0x0056,
    IPhoneEvent = 0x0061,
    StartEvent = 0x0071,
};

/// Stable snake_case name used in JSON ("connect_event", ...); empty for unknown ids.
QString packetTypeName(quint16 id);
bool isKnownPacketType(quint16 id);
bool hasChannel(quint16 id);   ///< connect, disconnect, data event, data command
bool isAtPacket(quint16 id);   ///< AT event, request, confirmation
bool isDataPacket(quint16 id); ///< data event, data command

/// Contents of a connect event (§1.3).
struct ConnectEvent
{
    enum class Kind : quint8
    {
        Bluetooth = 0x01,
        Ipv4 = 0x02,
        Ipv6 = 0x03
    };
    quint8 channel = 0;
    Kind kind = Kind::Ipv4;
    quint8 protocol = 0;      ///< IP: 0 TCP, 1 UDP, 2 MQTT; Bluetooth: the profile (0 SPP, 1 DUN, 14 SPS)
    QByteArray remoteAddress; ///< 4 or 16 bytes (IP) or the 6-byte BD address
    quint16 remotePort = 0;   ///< IP only
    QByteArray localAddress;  ///< IP only
    quint16 localPort = 0;    ///< IP only
    quint16 frameSize = 0;    ///< Bluetooth only

    /// "192.0.2.1", "[2001:db8::1]"-style text without brackets, or "00:11:22:33:44:55".
    static QString formatAddress(Kind kind, const QByteArray &address);
    /// "tcp", "udp", "mqtt" or the number for IP; "spp", "dun", "sps" or the number for Bluetooth.
    QString protocolName() const;

    friend bool operator==(const ConnectEvent &, const ConnectEvent &) = default;
};

/// One EDM packet. Value type; the payload is implicitly shared.
class Frame
{
public:
    Frame() = default;
    Frame(quint16 id, QByteArray payload)
        : m_id(id)
        , m_payload(std::move(payload))
    {
    }

    // Builders for every packet type.
    static Frame atRequest(QByteArrayView text);
    static Frame atConfirmation(QByteArrayView text);
    static Frame atEvent(QByteArrayView text);
    static Frame dataCommand(quint8 channel, QByteArrayView data);
    static Frame dataEvent(quint8 channel, QByteArrayView data);
    static Frame disconnectEvent(quint8 channel);
    static Frame connectEvent(const ConnectEvent &event);
    static Frame startEvent();
    static Frame resendConnectEvents();
    static Frame iPhoneEvent(QByteArrayView payload);

    quint16 id() const { return m_id; }
    PacketType type() const { return PacketType(m_id); }
    /// Everything after the id word, as on the wire.
    const QByteArray &payload() const { return m_payload; }

    /// Channel byte of connect / disconnect / data packets, nullopt for others or an empty payload.
    std::optional<quint8> channel() const;
    /// AT text of AT packets (the payload).
    QByteArrayView text() const { return m_payload; }
    /// Data bytes of data packets (payload after the channel byte).
    QByteArrayView data() const;
    /// Typed connect event; nullopt when this is not one or the payload size does not fit its kind.
    std::optional<ConnectEvent> connectEvent() const;

    /// The frame as bytes on the wire. Payloads longer than the 12-bit length allows are an
    /// encoder error: check with isEncodable() first; encode() then returns an empty array.
    QByteArray encode() const;
    bool isEncodable() const { return m_payload.size() + 2 <= kLengthMask; }
    qsizetype wireSize() const { return m_payload.size() + kOverhead; }

    friend bool operator==(const Frame &, const Frame &) = default;

private:
    quint16 m_id = 0;
    QByteArray m_payload;
};

} // namespace edm
