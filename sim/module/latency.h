#pragma once

#include <optional>
#include <QString>

namespace uxsim {

/// Module-side delays in milliseconds (docs/uxsim.md "Latency model").
struct Latency
{
    int boot = 40;                ///< AT+CPWROFF OK -> +STARTUP
    int command = 0;              ///< command received -> its answer
    int uploadPrompt = 5;         ///< AT+USECMNG=0 -> '>'
    int flashWrite = 10;          ///< last upload byte -> +USECMNG answer; also AT&W, AT+UWSCA=0,1
    int uploadIdleTimeout = 1500; ///< upload aborted with ERROR when no byte arrives for this long
    int wifiJoin = 60;            ///< AT+UWSCA=0,3 -> +UUWLE / +UUWLD
    int netUp = 5;                ///< +UUWLE -> first +UUNU (IPv6 link-local)
    int dhcp = 40;                ///< first +UUNU -> second +UUNU (IPv4 from DHCP)
    int tlsHandshake = 0;         ///< AT+UDCP -> connect event at least (real TLS time counts)
    int peerReady = 5;            ///< connect event -> +UUDPC
    int connectTimeout = 8000;    ///< no CONNACK within this -> peer fails (+UUDPD)

    static Latency fast() { return Latency(); }
    static Latency seed();
    /// "fast", "seed" or a JSON file {"boot":..., ...} whose keys override the fast values.
    static std::optional<Latency> fromSpec(const QString &spec, QString *error);
};

} // namespace uxsim
