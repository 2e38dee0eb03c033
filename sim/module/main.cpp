// uxsim: a simulated u-connectXpress module on a pseudo-terminal. docs/uxsim.md describes it.

#include "faults.h"
#include "latency.h"
#include "module.h"
#include "persona.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <mosquitto.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "uxsim: %s\n", qPrintable(message));
    std::exit(2);
}

bool parseEndpoint(const QString &spec, QByteArray *host, uxsim::Endpoint *ep)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0)
        return false;
    *host = spec.left(eq).toLatin1();
    const QString target = spec.mid(eq + 1);
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    ep->address = target.left(colon).toLatin1();
    ep->port = target.mid(colon + 1).toInt(&ok);
    return ok && ep->port > 0 && ep->port < 65536;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("uxsim"));
    ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlive the test or station that started us

    auto tr = [](const char *text) { return QCoreApplication::translate("uxsim", text); };
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("A simulated u-blox u-connectXpress module (NINA-W13/W15, ODIN-W26) on a "
                                     "pseudo-terminal."));
    cli.addHelpOption();
    const QCommandLineOption link(QStringLiteral("link"),
                                  tr("Symlink to create for the device end (with --count: "
                                     "PATH0 ... PATHN-1)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Number of modules."), QStringLiteral("N"),
                                   QStringLiteral("1"));
    QStringList personaKeys;
    for (const auto &p : uxsim::Persona::all())
        personaKeys.append(p.key);
    const QCommandLineOption persona(QStringLiteral("persona"),
                                     tr("Firmware persona: %1.").arg(personaKeys.join(u", ")), QStringLiteral("NAME"),
                                     QStringLiteral("nina-w15-3"));
    const QCommandLineOption mac(QStringLiteral("mac"), tr("Wi-Fi station MAC of the first module (12 hex digits)."),
                                 QStringLiteral("HEX"));
    const QCommandLineOption baud(QStringLiteral("baud"), tr("Line rate in baud (10 bits per byte)."),
                                  QStringLiteral("N"), QStringLiteral("115200"));
    const QCommandLineOption wifi(QStringLiteral("wifi"),
                                  tr("A network the module can see (repeatable); empty "
                                     "passphrase: open."),
                                  QStringLiteral("SSID:PASSPHRASE[:BSSID:CHANNEL]"));
    const QCommandLineOption resolve(QStringLiteral("resolve"),
                                     tr("Map a broker host name (repeatable); used by "
                                        "peers with a client certificate and by default."),
                                     QStringLiteral("HOST=IP:PORT"));
    const QCommandLineOption resolveSas(QStringLiteral("resolve-sas"),
                                        tr("Map a broker host name for peers without a "
                                           "client certificate (repeatable)."),
                                        QStringLiteral("HOST=IP:PORT"));
    const QCommandLineOption shared(QStringLiteral("shared-mqtt-session"),
                                    tr("Peers with the same broker, client id "
                                       "and credentials share one MQTT "
                                       "connection: on|off."),
                                    QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption latency(QStringLiteral("latency"), tr("Latency model: fast, seed or a JSON file."),
                                     QStringLiteral("fast|seed|FILE"), QStringLiteral("fast"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("A failure mode (repeatable): %1.").arg(uxsim::Faults::names().join(u", ")),
                                   QStringLiteral("NAME[@WHEN]"));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   tr("Write what the module received and sent to FILE "
                                      "(with --count: FILE.0, FILE.1, ...)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption startMode(QStringLiteral("start-mode"),
                                       tr("Stored start mode at power-on: 0 command, 1 "
                                          "data, 2 EDM."),
                                       QStringLiteral("M"), QStringLiteral("0"));
    cli.addOptions(
        {link, count, persona, mac, baud, wifi, resolve, resolveSas, shared, latency, fault, trace, startMode});
    if (!cli.parse(app.arguments()))
        fail(cli.errorText());
    if (cli.isSet(QStringLiteral("help")))
        cli.showHelp(0);
    if (!cli.positionalArguments().isEmpty())
        fail(tr("unexpected argument %1").arg(cli.positionalArguments().first()));
    if (!cli.isSet(link))
        fail(tr("--link PATH is required"));

    uxsim::ModuleOptions base;
    const auto p = uxsim::Persona::find(cli.value(persona));
    if (!p)
        fail(tr("unknown persona %1 (known: %2)").arg(cli.value(persona), personaKeys.join(u", ")));
    base.persona = *p;
    bool ok = false;
    const int n = cli.value(count).toInt(&ok);
    if (!ok || n < 1 || n > 64)
        fail(tr("--count must be 1 to 64"));
    base.baud = cli.value(baud).toInt(&ok);
    if (!ok || base.baud < 1200 || base.baud > 5250000)
        fail(tr("bad --baud %1").arg(cli.value(baud)));
    base.startMode = cli.value(startMode).toInt(&ok);
    if (!ok || base.startMode < 0 || base.startMode > 2)
        fail(tr("bad --start-mode %1").arg(cli.value(startMode)));
    quint64 macBase = base.persona.macBase.toULongLong(nullptr, 16);
    if (cli.isSet(mac)) {
        const QString m = cli.value(mac).remove(u':').toUpper();
        macBase = m.toULongLong(&ok, 16);
        if (!ok || m.size() != 12)
            fail(tr("bad --mac %1 (12 hex digits)").arg(cli.value(mac)));
    }
    int netIndex = 0;
    for (const QString &w : cli.values(wifi)) {
        const QStringList parts = w.split(u':');
        if (parts.size() != 2 && parts.size() != 4)
            fail(tr("bad --wifi %1").arg(w));
        uxsim::Network net;
        net.ssid = parts[0].toUtf8();
        net.passphrase = parts[1].toUtf8();
        net.bssid = QByteArray("802AA8035A") + QByteArray::number(0xDE + netIndex++, 16).toUpper().right(2);
        net.channel = 11;
        if (parts.size() == 4) {
            net.bssid = parts[2].toUpper().remove(u'-').toLatin1();
            net.channel = parts[3].toInt(&ok);
            if (!ok || net.bssid.size() != 12 || net.channel < 1 || net.channel > 165)
                fail(tr("bad --wifi %1").arg(w));
        }
        if (net.ssid.isEmpty() || net.ssid.size() > 32 || (!net.passphrase.isEmpty() && net.passphrase.size() < 8))
            fail(tr("bad --wifi %1").arg(w));
        base.networks.append(net);
    }
    for (const QString &r : cli.values(resolve)) {
        QByteArray host;
        uxsim::Endpoint ep;
        if (!parseEndpoint(r, &host, &ep))
            fail(tr("bad --resolve %1 (HOST=IP:PORT)").arg(r));
        base.resolve.insert(host, ep);
    }
    for (const QString &r : cli.values(resolveSas)) {
        QByteArray host;
        uxsim::Endpoint ep;
        if (!parseEndpoint(r, &host, &ep))
            fail(tr("bad --resolve-sas %1 (HOST=IP:PORT)").arg(r));
        base.resolveSas.insert(host, ep);
    }
    if (cli.value(shared) != u"on" && cli.value(shared) != u"off")
        fail(tr("--shared-mqtt-session must be on or off"));
    base.sharedSession = cli.value(shared) == u"on";
    QString error;
    const auto lat = uxsim::Latency::fromSpec(cli.value(latency), &error);
    if (!lat)
        fail(error);
    base.latency = *lat;
    for (const QString &f : cli.values(fault)) {
        uxsim::Faults check;
        const QString e = check.add(f);
        if (!e.isEmpty())
            fail(e);
        base.faults.append(f);
    }

    mosquitto_lib_init();
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGHUP, onSignal);
        auto *sn = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(sn, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
    std::signal(SIGPIPE, SIG_IGN);

    QList<uxsim::Module *> modules;
    for (int i = 0; i < n; ++i) {
        uxsim::ModuleOptions o = base;
        o.index = i;
        o.mac = QByteArray::number(macBase + quint64(i) * 4, 16).toUpper().rightJustified(12, '0');
        const QString path = n == 1 ? cli.value(link) : cli.value(link) + QString::number(i);
        if (cli.isSet(trace))
            o.tracePath = n == 1 ? cli.value(trace) : cli.value(trace) + u'.' + QString::number(i);
        auto *m = new uxsim::Module(o, &app);
        if (!m->start(path, &error)) {
            qDeleteAll(modules);
            delete m;
            std::fprintf(stderr, "uxsim: %s\n", qPrintable(error));
            return 1;
        }
        modules.append(m);
        QJsonObject line{{QStringLiteral("port"), path},
                         {QStringLiteral("device"), m->devicePath()},
                         {QStringLiteral("persona"), base.persona.key},
                         {QStringLiteral("model"), QString::fromLatin1(base.persona.model)},
                         {QStringLiteral("firmware"), QString::fromLatin1(base.persona.firmware)},
                         {QStringLiteral("mac"), QString::fromLatin1(o.mac)},
                         {QStringLiteral("index"), i}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    std::fflush(stdout);
    const int rc = app.exec();
    qDeleteAll(modules); // removes the links
    mosquitto_lib_cleanup();
    return rc;
}
