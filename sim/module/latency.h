#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace uxsim {

/// Module-side delays in milliseconds (docs/uxsim.md "Latency model"). Line time is not in here:
/// bytes take baud/10 per second in both directions in every model (PtyPort).
struct Latency
{
    int boot = 40;               ///< AT+CPWROFF's OK -> +STARTUP (power-on boot: a quarter of it)
    int command = 0;             ///< a command's last byte -> its answer
    int uploadPrompt = 5;        ///< AT+USECMNG=0 -> '>' for a CA (type 0) ...
    int uploadPromptPerType = 0; ///< ... plus this times the type (1 certificate, 2 key)
    int flashWrite = 10;         ///< last upload byte -> +USECMNG answer (per object)
    int flashWritePerKiB = 0;    ///< ... plus this per KiB uploaded
    int settingsWrite = 10;      ///< AT&W and AT+UWSCA=0,1 -> OK
    int uploadIdleTimeout = 0;   ///< an upload that stops is aborted with ERROR after this; 0: never
    int wifiActivate = 0;        ///< AT+UWSCA=0,3 -> OK
    int wifiJoin = 60;           ///< AT+UWSCA=0,3's OK -> +UUWLE / +UUWLD
    int netUp = 5;               ///< +UUWLE -> first +UUNU (IPv6 link-local)
    int dhcp = 40;               ///< first +UUNU -> second +UUNU (IPv4 from DHCP)
    int dnsLookup = 0;           ///< added to AT+UDCP's answer the first time a host name is used
    int tlsHandshake = 0;        ///< AT+UDCP's answer -> connect event at least (real TLS time counts)
    int peerReady = 5;           ///< connect event -> +UUDPC
    int connectTimeout = 8000;   ///< no CONNACK within this -> peer fails (+UUDPD)
    int dpsRegisterAnswer = 0;   ///< publish on a DPS register topic -> its answer arrives, at least
    int mqttAnswer = 0;          ///< any other publish -> the next message arrives, at least

    static Latency fast() { return Latency(); }
    static Latency seed();
    static Latency hardware();
    static QStringList modelNames();
    /// A model name or a JSON file {"base": MODEL, "key": ms, ...} whose keys override the base
    /// (default base: fast).
    static std::optional<Latency> fromSpec(const QString &spec, QString *error);
};

} // namespace uxsim
