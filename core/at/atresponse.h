#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/// Typed decoding of the AT information responses and URCs the provisioning flow uses
/// (uconnectxpress-protocol.md §3). Every decoder takes one line without terminators and returns
/// nullopt when the line is not of its kind or is malformed.
namespace at {

/// "+NAME:a,\"b,c\",d" -> name "+NAME", params {a, b,c, d}. Quotes are removed; a comma inside
/// quotes does not split. Lines without ':' give the whole text as name and no params.
struct Response
{
    QByteArray name;
    QList<QByteArray> params;
    static Response parse(QByteArrayView line);
};

QList<QByteArray> splitParams(QByteArrayView params);
std::optional<int> toInt(QByteArrayView text);

/// +UUWLE:<conn_id>,<bssid>,<channel> - Wi-Fi link up.
struct WifiLinkUp
{
    int connectionId = 0;
    QByteArray bssid; ///< 12 hex digits as sent
    int channel = 0;
    static std::optional<WifiLinkUp> parse(QByteArrayView line);
};

/// +UUWLD:<conn_id>,<reason> - Wi-Fi link down.
struct WifiLinkDown
{
    enum Reason
    {
        Unknown = 0,
        RemoteClose = 1,
        OutOfRange = 2,
        Roaming = 3,
        SecurityProblem = 4,
        NetworkDisabled = 5
    };
    int connectionId = 0;
    int reason = 0;
    /// What an operator can act on, e.g. "wrong Wi-Fi password or security type".
    QString reasonText() const { return reasonText(reason); }
    /// The one table of +UUWLD reasons in words.
    static QString reasonText(int reason);
    static std::optional<WifiLinkDown> parse(QByteArrayView line);
};

/// +UUNU:<if_id> (up) / +UUND:<if_id> (down).
struct NetworkEvent
{
    bool up = false;
    int interfaceId = 0;
    static std::optional<NetworkEvent> parse(QByteArrayView line);
};

/// +UUDPC - a peer connected. IP form: <peer>,<2|3>,<protocol>,<local_ip>,<local_port>,
/// <remote_ip>,<remote_port>; Bluetooth form: <peer>,1,<profile>,<bd_addr>,<frame_size>.
struct PeerConnected
{
    enum class Kind
    {
        Bluetooth = 1,
        Ipv4 = 2,
        Ipv6 = 3
    };
    int peerHandle = 0;
    Kind kind = Kind::Ipv4;
    int protocol = 0; ///< IP: 0 TCP, 1 UDP, 6 MQTT; Bluetooth: profile (1 SPP, 2 DUN, 4 SPS)
    QByteArray localAddress;
    int localPort = 0;
    QByteArray remoteAddress; ///< IP text, or the BD address with its 'p'/'r' suffix
    int remotePort = 0;
    int frameSize = 0; ///< Bluetooth only
    QString protocolName() const;
    static std::optional<PeerConnected> parse(QByteArrayView line);
};

/// +UUDPD:<peer> - a peer closed.
struct PeerDisconnected
{
    int peerHandle = 0;
    static std::optional<PeerDisconnected> parse(QByteArrayView line);
};

/// +UDCP:<peer> - answer to AT+UDCP.
struct PeerCreated
{
    int peerHandle = 0;
    static std::optional<PeerCreated> parse(QByteArrayView line);
};

/// +UMLA:<mac> - 12 hex digits.
struct MacAddress
{
    QByteArray mac;
    static std::optional<MacAddress> parse(QByteArrayView line);
};

/// +USECMNG:<op>,<type>,"<name>","<md5>" - answer to an import (op 0) or an MD5 query (op 4).
/// Firmware differs in the number of fields; the hash is the last field (protocol §3.3).
struct SecurityObject
{
    int operation = 0;
    int type = 0; ///< 0 root CA, 1 client certificate, 2 client private key
    QByteArray name;
    QByteArray md5; ///< upper-case hex as the module prints it
    static std::optional<SecurityObject> parse(QByteArrayView line);
};

} // namespace at
