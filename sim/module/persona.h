#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace uxsim {

/// A firmware persona: what a given module type and firmware version answers and supports
/// (uconnectxpress-protocol.md §3.1 and §4). docs/uxsim.md has the table.
struct Persona
{
    QString key;               ///< command-line name, e.g. "nina-w15-3"
    QByteArray model;          ///< AT+GMM
    QByteArray firmware;       ///< AT+GMR, first field of ATI9
    QByteArray buildId;        ///< second field of ATI9
    QByteArray typeCode;       ///< ATI0
    QByteArray macBase;        ///< 12 hex digits, the Wi-Fi station MAC of instance 0
    int maxAtLine = 512;       ///< longest accepted AT command line (without the terminator)
    bool sasPassword = true;   ///< passwd= (SAS via AT+UDUV) in mqtt URLs
    bool hashWildcard = true;  ///< '#' in st= filters
    bool listDetails = true;   ///< AT+USECMNG=3 prints subject and expiry for certificates
    bool espBootNoise = true;  ///< ESP32 ROM boot loader text before +STARTUP
    bool pppStartMode = false; ///< AT+UMSM=3 allowed (ODIN)
    int storeSlots = 16;       ///< certificate store: number of objects
    int storeBytes = 24576;    ///< certificate store: total DER bytes
    int minBaud = 9600;        ///< AT+UMRS range (the module rounds within it; outside: ERROR)
    int maxBaud = 5250000;

    static QList<Persona> all();
    static std::optional<Persona> find(const QString &key);
};

} // namespace uxsim
