#include "persona.h"

namespace uxsim {

QList<Persona> Persona::all()
{
    QList<Persona> list;
    Persona p;
    // NINA-W15 3.x: what the seed log's module is (SAS, '#' subscriptions, long AT lines).
    p.key = QStringLiteral("nina-w15-3");
    p.model = "NINA-W152";
    p.firmware = "3.1.0-013";
    p.buildId = "NINA-W15X-3.1.0-013-0-g5c0a2b1e";
    p.typeCode = "NINA-W152-00B-00";
    p.macBase = "D4CA6EFD9674";
    p.maxAtLine = 1024;
    list.append(p);

    p.key = QStringLiteral("nina-w15-2");
    p.firmware = "2.1.0-017";
    p.buildId = "NINA-W15X-2.1.0-017-0-g253211b6";
    p.macBase = "D4CA6EFD8A10";
    p.maxAtLine = 256;
    p.sasPassword = false;
    p.hashWildcard = false;
    p.listDetails = false;
    list.append(p);

    p.key = QStringLiteral("nina-w13-2");
    p.model = "NINA-W132";
    p.buildId = "NINA-W13X-2.1.0-017-0-g253211b6";
    p.typeCode = "NINA-W132-00B-00";
    p.macBase = "246F28119B14";
    list.append(p);

    // ODIN-W26 7.0: SAS yes (app note: ODIN >= 7.0), '#' filters no (app note: not on 7.0.0).
    p = Persona();
    p.key = QStringLiteral("odin-w26-7.0");
    p.model = "ODIN-W2";
    p.firmware = "7.0.0-018";
    p.buildId = "ODIN-W26X-7.0.0-018-0-g1d2e3f40";
    p.typeCode = "ODIN-W262-04B-00";
    p.macBase = "D4CA6E0A1B2C";
    p.maxAtLine = 512;
    p.sasPassword = true;
    p.hashWildcard = false;
    p.espBootNoise = false;
    p.pppStartMode = true;
    p.storeSlots = 32;
    p.storeBytes = 65536;
    p.minBaud = 19200; // RS quoting the ODIN-W2 manual: 19200 - 5250000
    list.append(p);

    // A later ODIN (the ubxlib test baseline 8.2.1): everything the flows need.
    p.key = QStringLiteral("odin-w26-8");
    p.firmware = "8.2.1-004";
    p.buildId = "ODIN-W26X-8.2.1-004-0-g61cbc2d3020";
    p.macBase = "D4CA6E0A2B3C";
    p.maxAtLine = 1024;
    p.hashWildcard = true;
    list.append(p);
    return list;
}

std::optional<Persona> Persona::find(const QString &key)
{
    for (const Persona &p : all()) {
        if (p.key.compare(key, Qt::CaseInsensitive) == 0)
            return p;
    }
    // Accept the long forms too: "NINA-W15 3.x", "ODIN-W26 7.0".
    QString k = key.toLower().remove(u' ').remove(QStringLiteral(".x"));
    for (const Persona &p : all()) {
        QString pk = p.key;
        if (pk.replace(u'-', QString()) == QString(k).remove(u'-'))
            return p;
    }
    return std::nullopt;
}

} // namespace uxsim
