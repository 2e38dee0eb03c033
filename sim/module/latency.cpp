#include "latency.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace uxsim {

// The first model read off the seed log (shared/seeds/001): it takes the seed host's own waits
// (1 s read timeouts, 1 s sleeps) for module time, which issue 13 showed inflates it by seconds.
// Kept unchanged for comparison; `hardware` replaces it.
Latency Latency::seed()
{
    Latency l;
    l.boot = 2000;
    l.command = 12;
    l.uploadPrompt = 1030;
    l.flashWrite = 1900;
    l.settingsWrite = 1900;
    l.wifiActivate = 12;
    l.wifiJoin = 2860;
    l.netUp = 48;
    l.dhcp = 2030;
    l.tlsHandshake = 2270;
    l.peerReady = 1014;
    l.connectTimeout = 20000;
    return l;
}

// The seed log with the seed host's waits subtracted. docs/uxsim.md ("The hardware model") has
// each value's derivation: the log lines, the host wait, and whether the log gives the value or
// only bounds it (then the bound least kind to the station, less the margin stated there).
Latency Latency::hardware()
{
    Latency l;
    l.boot = 2365;       // OK 416 -> next command 2804 after +STARTUP; the reboot starts 20 ms after the OK
    l.command = 12;      // EDM round trips 13-15 ms minus line time
    l.uploadPrompt = 30; // '>' = readline's return - 1 s: 30, 61, 89 ms for types 0, 1, 2
    l.uploadPromptPerType = 30;
    l.flashWrite = 700;     // bound <= 847 ms (the answer fell inside readall's first 1 s read); less a margin
    l.flashWritePerKiB = 0; // three sizes, no visible size dependence
    l.settingsWrite = 700;  // not in the log: no slower than an object's flash write (inferred)
    l.wifiActivate = 28;    // AT+UWSCA=0,3 -> OK: 31 ms round trip
    l.wifiJoin = 2862;      // OK 14153 -> +UUWLE 17017, observed inside a read window
    l.netUp = 48;           // 17017 -> 17065
    l.dhcp = 2027;          // 17065 -> 19092, observed inside a read window
    l.dnsLookup = 300;      // first AT+UDCP answered in 340 ms, the second (same name) in 37 ms
    l.tlsHandshake = 2272;  // +UDCP:2 22440 -> connect event 24712, observed inside a read window
    l.peerReady = 1000;     // bound <= 1010 ms (the host slept 1 s after the connect event)
    l.connectTimeout = 20000;
    l.dpsRegisterAnswer = 429; // data command 25726 -> data event 26168 less line time
    l.mqttAnswer = 178;        // status poll 27245 -> 27466 less line time
    return l;
}

QStringList Latency::modelNames()
{
    return {QStringLiteral("fast"), QStringLiteral("hardware"), QStringLiteral("seed")};
}

namespace {
std::optional<Latency> named(const QString &name)
{
    if (name == u"fast")
        return Latency::fast();
    if (name == u"seed")
        return Latency::seed();
    if (name == u"hardware")
        return Latency::hardware();
    return std::nullopt;
}

struct Field
{
    const char *name;
    int Latency::*member;
};
const Field kFields[] = {{"boot", &Latency::boot},
                         {"command", &Latency::command},
                         {"uploadPrompt", &Latency::uploadPrompt},
                         {"uploadPromptPerType", &Latency::uploadPromptPerType},
                         {"flashWrite", &Latency::flashWrite},
                         {"flashWritePerKiB", &Latency::flashWritePerKiB},
                         {"settingsWrite", &Latency::settingsWrite},
                         {"uploadIdleTimeout", &Latency::uploadIdleTimeout},
                         {"wifiActivate", &Latency::wifiActivate},
                         {"wifiJoin", &Latency::wifiJoin},
                         {"netUp", &Latency::netUp},
                         {"dhcp", &Latency::dhcp},
                         {"dnsLookup", &Latency::dnsLookup},
                         {"tlsHandshake", &Latency::tlsHandshake},
                         {"peerReady", &Latency::peerReady},
                         {"connectTimeout", &Latency::connectTimeout},
                         {"dpsRegisterAnswer", &Latency::dpsRegisterAnswer},
                         {"mqttAnswer", &Latency::mqttAnswer}};
} // namespace

std::optional<Latency> Latency::fromSpec(const QString &spec, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("uxsim", text); };
    if (auto l = named(spec))
        return l;
    QFile f(spec);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("--latency %1 is neither a model (%2) nor a readable file")
                     .arg(spec, modelNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024), &pe);
    if (!doc.isObject()) {
        *error = tr("latency file %1 is not a JSON object").arg(spec);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString base = o.value(u"base").toString(QStringLiteral("fast"));
    std::optional<Latency> l = named(base);
    if (!l) {
        *error = tr("latency file %1: unknown base %2 (known: %3)").arg(spec, base, modelNames().join(u", "));
        return std::nullopt;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"base")
            continue;
        const Field *field = nullptr;
        for (const Field &fd : kFields) {
            if (it.key() == QLatin1String(fd.name))
                field = &fd;
        }
        if (!field) {
            *error = tr("latency file %1: unknown key %2").arg(spec, it.key());
            return std::nullopt;
        }
        if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 600000) {
            *error = tr("latency file %1: %2 must be a number of milliseconds from 0 to 600000").arg(spec, it.key());
            return std::nullopt;
        }
        (*l).*(field->member) = it.value().toInt();
    }
    return l;
}

} // namespace uxsim
