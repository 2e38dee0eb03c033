#include "latency.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace uxsim {

// Module-side timings read off the seed log (shared/seeds/001): CPWROFF OK 416 ms -> host's next
// command 2804 ms; USECMNG 2804 -> '>' 3836; upload end ~3950 -> answer 5859; UWSCA OK 14153 ->
// +UUWLE 17017 -> +UUNU 17065 -> +UUNU 19092; UDCP OK 22440 -> connect event 24712 -> +UUDPC 25726;
// EDM AT answers 12-30 ms after the request.
Latency Latency::seed()
{
    Latency l;
    l.boot = 2000;
    l.command = 12;
    l.uploadPrompt = 1030;
    l.flashWrite = 1900;
    l.uploadIdleTimeout = 5000;
    l.wifiJoin = 2860;
    l.netUp = 48;
    l.dhcp = 2030;
    l.tlsHandshake = 2270;
    l.peerReady = 1014;
    l.connectTimeout = 20000;
    return l;
}

std::optional<Latency> Latency::fromSpec(const QString &spec, QString *error)
{
    if (spec == u"fast")
        return fast();
    if (spec == u"seed")
        return seed();
    QFile f(spec);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("uxsim", "cannot read latency file %1").arg(spec);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("uxsim", "latency file %1 is not a JSON object").arg(spec);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Latency l = o.value(u"base").toString() == u"seed" ? seed() : fast();
    struct Field
    {
        const char *name;
        int Latency::*member;
    };
    static const Field fields[] = {{"boot", &Latency::boot},
                                   {"command", &Latency::command},
                                   {"uploadPrompt", &Latency::uploadPrompt},
                                   {"flashWrite", &Latency::flashWrite},
                                   {"uploadIdleTimeout", &Latency::uploadIdleTimeout},
                                   {"wifiJoin", &Latency::wifiJoin},
                                   {"netUp", &Latency::netUp},
                                   {"dhcp", &Latency::dhcp},
                                   {"tlsHandshake", &Latency::tlsHandshake},
                                   {"peerReady", &Latency::peerReady},
                                   {"connectTimeout", &Latency::connectTimeout}};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"base")
            continue;
        bool known = false;
        for (const Field &fd : fields) {
            if (it.key() == QLatin1String(fd.name)) {
                l.*(fd.member) = it.value().toInt();
                known = true;
            }
        }
        if (!known) {
            *error = QCoreApplication::translate("uxsim", "unknown latency key %1").arg(it.key());
            return std::nullopt;
        }
    }
    return l;
}

} // namespace uxsim
