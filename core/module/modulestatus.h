#pragma once

#include "link/modulelink.h"
#include "module/capabilities.h"

#include <QList>
#include <QMetaType>
#include <QString>

/// What the station knows about one module right now, as a value: the Job publishes a new one
/// whenever something changes (built from typed AT/EDM events and the answers to its commands), and
/// the device panel only renders it. Words for people come from the functions below, never from
/// parsing traffic.
struct ModuleStatus
{
    enum class Wifi : quint8
    {
        Unknown,    ///< not asked yet
        Down,       ///< not connected (see wifiDownReason when it went down)
        Associated, ///< link up (+UUWLE), no IPv4 address yet
        Up,         ///< link up and a real IPv4 address
    };
    enum class PeerState : quint8
    {
        Connecting, ///< AT+UDCP answered, no +UUDPC yet
        Connected,
        Closed,
    };
    enum class CertificateCheck : quint8
    {
        Matches,    ///< the module's MD5 equals MD5(DER) of what the station sent or expects
        Differs,    ///< the module holds something else
        NotChecked, ///< reported by the module, nothing to compare with
    };

    struct Peer
    {
        int handle = -1;
        int channel = -1; ///< EDM channel, -1 before the connect event or in command mode
        QString host;     ///< "global.azure-devices-provisioning.net:8883" (from the request)
        QString what;     ///< "DPS registration", "IoT Hub" (from the request)
        PeerState state = PeerState::Connecting;
        friend bool operator==(const Peer &, const Peer &) = default;
    };
    struct Certificate
    {
        int type = 0; ///< 0 root CA, 1 device certificate, 2 private key
        QString name; ///< name in the module's store ("ca.pem")
        QString md5;  ///< as the module reported it
        CertificateCheck check = CertificateCheck::NotChecked;
        friend bool operator==(const Certificate &, const Certificate &) = default;
    };

    QString port;
    int baud = 115200;
    ModuleLink::Mode mode = ModuleLink::Mode::Closed;
    ModuleInfo module; ///< model, firmware, MAC, serial (empty until identified)
    Wifi wifi = Wifi::Unknown;
    int wifiDownReason = -1; ///< at::WifiLinkDown::Reason of the last +UUWLD, -1 none
    QString ipv4;
    QList<Peer> peers;
    QList<Certificate> certificates;
    QString lastError; ///< the failure in words, when the job failed

    /// Records a peer by handle (replacing an older record of the same handle).
    void setPeer(const Peer &peer);
    Peer *peer(int handle);
    void setCertificate(const Certificate &certificate);

    static QString modeText(ModuleLink::Mode mode);
    static QString wifiText(Wifi wifi, int downReason);
    static QString peerStateText(PeerState state);
    static QString certificateCheckText(CertificateCheck check);
    static QString certificateTypeText(int type);

    friend bool operator==(const ModuleStatus &, const ModuleStatus &) = default;
};

Q_DECLARE_METATYPE(ModuleStatus)
