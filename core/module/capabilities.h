#pragma once

#include "azure/udcpurl.h"

#include <optional>
#include <QString>
#include <QVersionNumber>

/// What an identified module is and what its firmware can do (uconnectxpress-protocol.md §4).
struct ModuleInfo
{
    enum class Family
    {
        Unknown,
        NinaW13,
        NinaW15,
        OdinW26
    };
    QString model;    ///< "NINA-W152" as AT+GMM answers
    QString firmware; ///< "3.1.0-025" as AT+GMR answers
    QString mac;      ///< Wi-Fi station MAC, 12 upper-case hex digits (AT+UMLA=2)
    QString serial;   ///< AT+GSN, when asked

    Family family() const;
    QVersionNumber version() const; ///< 3.1.0 from "3.1.0-025"
    friend bool operator==(const ModuleInfo &, const ModuleInfo &) = default;
};

struct Capabilities
{
    bool supported = false;            ///< the application note applies to this model and firmware
    bool sasPassword = false;          ///< passwd=%n through AT+UDUV (NINA >= 3.0, ODIN >= 7.0)
    bool wildcardSubscription = false; ///< '#' in st= (NINA >= 3.0, ODIN after 7.0.0)
    azure::FirmwareLimits limits;
    QString unsupportedReason;

    static Capabilities of(const ModuleInfo &module);
};
