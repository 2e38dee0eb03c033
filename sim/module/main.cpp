// uxsim: a simulated u-connectXpress module on a pseudo-terminal. docs/uxsim.md describes it.

#include "crashedhost.h"
#include "faults.h"
#include "latency.h"
#include "module.h"
#include "persona.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <mosquitto.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <utility>

namespace {

int g_signalPipe[2] = {-1, -1};
constexpr qint64 kMaxInputFile = 64 * 1024;

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("uxsim", text);
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

/// A small regular file read whole (option files: Wi-Fi networks, a prelude); fails with a line
/// that names the option and the problem.
QByteArray readSmallFile(const QString &option, const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        fail(tr("%1 %2: no such file").arg(option, path));
    if (!fi.isFile())
        fail(tr("%1 %2: not a regular file").arg(option, path));
    if (fi.size() > kMaxInputFile)
        fail(tr("%1 %2: %3 bytes, more than the %4 allowed").arg(option, path).arg(fi.size()).arg(kMaxInputFile));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(tr("%1 %2: cannot read it (%3)").arg(option, path, f.errorString()));
    return f.read(kMaxInputFile);
}

// SSID:PASSPHRASE[:BSSID:CHANNEL]; @p where names the source in errors (never the passphrase).
uxsim::Network parseNetwork(const QString &spec, const QString &where, int index)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() != 2 && parts.size() != 4)
        fail(tr("%1: expected SSID:PASSPHRASE[:BSSID:CHANNEL] (%2 fields; a passphrase may not contain ':')")
                 .arg(where)
                 .arg(parts.size()));
    uxsim::Network net;
    net.ssid = parts[0].toUtf8();
    net.passphrase = parts[1].toUtf8();
    net.bssid = QByteArray("802AA8035A") + QByteArray::number(0xDE + index, 16).toUpper().right(2);
    net.channel = 11;
    if (net.ssid.isEmpty() || net.ssid.size() > 32)
        fail(tr("%1: the SSID must be 1 to 32 bytes").arg(where));
    if (!net.passphrase.isEmpty() && (net.passphrase.size() < 8 || net.passphrase.size() > 63))
        fail(tr("%1: the passphrase must be 8 to 63 characters, or empty for an open network").arg(where));
    if (parts.size() == 4) {
        bool ok = false;
        net.bssid = parts[2].toUpper().remove(u'-').toLatin1();
        net.channel = parts[3].toInt(&ok);
        if (net.bssid.size() != 12 || QByteArray::fromHex(net.bssid).toHex().toUpper() != net.bssid)
            fail(tr("%1: the BSSID must be 12 hex digits").arg(where));
        if (!ok || net.channel < 1 || net.channel > 165)
            fail(tr("%1: the channel must be 1 to 165").arg(where));
    }
    return net;
}

// Networks from --wifi (passphrase on argv: warned), --wifi-file and $UXSIM_WIFI (one per line).
QList<uxsim::Network> parseNetworks(const QCommandLineParser &cli)
{
    QList<uxsim::Network> out;
    bool warned = false;
    for (const QString &w : cli.values(QStringLiteral("wifi"))) {
        out.append(parseNetwork(w, QStringLiteral("--wifi ") + w.section(u':', 0, 0) + QStringLiteral(":..."),
                                int(out.size())));
        if (!out.last().passphrase.isEmpty() && !std::exchange(warned, true))
            std::fprintf(stderr, "uxsim: warning: --wifi puts a passphrase on the command line, where ps shows it; "
                                 "use --wifi-file FILE or UXSIM_WIFI\n");
    }
    auto addLines = [&](const QByteArray &text, const QString &source) {
        int lineNo = 0;
        for (const QByteArray &raw : text.split('\n')) {
            ++lineNo;
            const QString l = QString::fromUtf8(raw).trimmed();
            if (!l.isEmpty() && !l.startsWith(u'#'))
                out.append(parseNetwork(l, source + u':' + QString::number(lineNo), int(out.size())));
        }
    };
    if (cli.isSet(QStringLiteral("wifi-file"))) {
        const QString path = cli.value(QStringLiteral("wifi-file"));
        addLines(readSmallFile(QStringLiteral("--wifi-file"), path), QStringLiteral("--wifi-file ") + path);
    }
    if (qEnvironmentVariableIsSet("UXSIM_WIFI"))
        addLines(qgetenv("UXSIM_WIFI"), QStringLiteral("UXSIM_WIFI line"));
    return out;
}

void addOptions(QCommandLineParser &cli)
{
    QStringList personaKeys;
    for (const auto &p : uxsim::Persona::all())
        personaKeys.append(p.key);
    cli.addHelpOption();
    cli.addOptions({
        {QStringLiteral("link"), tr("Symlink to create for the device end (with --count: PATH0 ... PATHN-1)."),
         QStringLiteral("PATH")},
        {QStringLiteral("count"), tr("Number of modules."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("persona"), tr("Firmware persona: %1.").arg(personaKeys.join(u", ")), QStringLiteral("NAME"),
         QStringLiteral("nina-w15-3")},
        {QStringLiteral("mac"), tr("Wi-Fi station MAC of the first module (12 hex digits)."), QStringLiteral("HEX")},
        {QStringLiteral("baud"), tr("Line rate in baud (10 bits per byte)."), QStringLiteral("N"),
         QStringLiteral("115200")},
        {QStringLiteral("wifi"),
         tr("A network the module can see (repeatable); empty passphrase: open. A passphrase here is visible in ps: "
            "prefer --wifi-file or UXSIM_WIFI."),
         QStringLiteral("SSID:PASSPHRASE[:BSSID:CHANNEL]")},
        {QStringLiteral("wifi-file"), tr("Networks the module can see, one SSID:PASSPHRASE[:BSSID:CHANNEL] a line."),
         QStringLiteral("FILE")},
        {QStringLiteral("resolve"),
         tr("Map a broker host name (repeatable); used by peers with a client certificate and by default."),
         QStringLiteral("HOST=IP:PORT")},
        {QStringLiteral("resolve-sas"), tr("Map a broker host name for peers without a client certificate."),
         QStringLiteral("HOST=IP:PORT")},
        {QStringLiteral("shared-mqtt-session"),
         tr("Peers with the same broker, client id and credentials share one MQTT connection: on|off."),
         QStringLiteral("on|off"), QStringLiteral("on")},
        {QStringLiteral("latency"),
         tr("Latency model: %1 or a JSON file.").arg(uxsim::Latency::modelNames().join(u", ")),
         QStringLiteral("MODEL|FILE"), QStringLiteral("fast")},
        {QStringLiteral("fault"), tr("A failure mode (repeatable): %1.").arg(uxsim::Faults::names().join(u", ")),
         QStringLiteral("NAME[@WHEN]")},
        {QStringLiteral("trace"), tr("Write what the module received and sent to FILE (with --count: FILE.0, ...)."),
         QStringLiteral("FILE")},
        {QStringLiteral("state-file"),
         tr("Keep the module's stored Wi-Fi configurations in FILE across runs (with --count: FILE.0, ...)."),
         QStringLiteral("FILE")},
        {QStringLiteral("start-mode"), tr("Stored start mode at power-on: 0 command, 1 data, 2 EDM."),
         QStringLiteral("M"), QStringLiteral("0")},
        {QStringLiteral("offline-peer"),
         tr("AT+UDCP without a network: ERROR at once, or +UDCP then +UUDPD (deferred)."),
         QStringLiteral("error|deferred"), QStringLiteral("deferred")},
        {QStringLiteral("urcs-during-upload"),
         tr("URCs while an AT+USECMNG upload runs: written at once (deliver) or after its answer (hold)."),
         QStringLiteral("deliver|hold"), QStringLiteral("deliver")},
        {QStringLiteral("disable-urc"),
         tr("AT+UWSCA=<id>,4 on a configuration still joining: +UUWLD:0,5 all the same (always) or only "
            "when its link was up (if-up)."),
         QStringLiteral("always|if-up"), QStringLiteral("always")},
        {QStringLiteral("crashed-host"),
         tr("Start as a crashed host left the module (repeatable, in order): %1.")
             .arg(uxsim::crashedhost::kinds().join(u", ")),
         QStringLiteral("KIND")},
        {QStringLiteral("prelude-file"), tr("Bytes a crashed host had sent, fed to the module after power-on."),
         QStringLiteral("FILE")},
    });
}

QString oneOf(const QCommandLineParser &cli, const QString &name, const QStringList &allowed)
{
    const QString v = cli.value(name);
    if (!allowed.contains(v))
        fail(tr("--%1 %2: must be %3").arg(name, v, allowed.join(QStringLiteral(" or "))));
    return v;
}

int intOption(const QCommandLineParser &cli, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = cli.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        fail(tr("--%1 %2: must be a number from %3 to %4").arg(name, cli.value(name)).arg(min).arg(max));
    return v;
}

// Everything but the per-instance fields (index, MAC, trace path).
uxsim::ModuleOptions parseModuleOptions(const QCommandLineParser &cli)
{
    uxsim::ModuleOptions base;
    const auto p = uxsim::Persona::find(cli.value(QStringLiteral("persona")));
    if (!p) {
        QStringList keys;
        for (const auto &x : uxsim::Persona::all())
            keys.append(x.key);
        fail(tr("--persona %1: unknown (known: %2)").arg(cli.value(QStringLiteral("persona")), keys.join(u", ")));
    }
    base.persona = *p;
    base.baud = intOption(cli, QStringLiteral("baud"), 1200, 5250000);
    base.startMode = intOption(cli, QStringLiteral("start-mode"), 0, 2);
    base.networks = parseNetworks(cli);
    for (const auto &[option, map] : {std::pair{QStringLiteral("resolve"), &base.resolve},
                                      std::pair{QStringLiteral("resolve-sas"), &base.resolveSas}}) {
        for (const QString &r : cli.values(option)) {
            QByteArray host;
            uxsim::Endpoint ep;
            if (!parseEndpoint(r, &host, &ep))
                fail(tr("--%1 %2: expected HOST=IP:PORT with a port from 1 to 65535").arg(option, r));
            map->insert(host, ep);
        }
    }
    base.sharedSession =
        oneOf(cli, QStringLiteral("shared-mqtt-session"), {QStringLiteral("on"), QStringLiteral("off")}) == u"on";
    base.offlinePeerError =
        oneOf(cli, QStringLiteral("offline-peer"), {QStringLiteral("error"), QStringLiteral("deferred")}) == u"error";
    base.holdUrcsDuringUpload = oneOf(cli, QStringLiteral("urcs-during-upload"),
                                      {QStringLiteral("deliver"), QStringLiteral("hold")}) == u"hold";
    base.disableUrcAlways =
        oneOf(cli, QStringLiteral("disable-urc"), {QStringLiteral("always"), QStringLiteral("if-up")}) == u"always";
    QString error;
    const auto lat = uxsim::Latency::fromSpec(cli.value(QStringLiteral("latency")), &error);
    if (!lat)
        fail(error);
    base.latency = *lat;
    for (const QString &f : cli.values(QStringLiteral("fault"))) {
        uxsim::Faults check;
        const QString e = check.add(f);
        if (!e.isEmpty())
            fail(e);
        base.faults.append(f);
    }
    if (cli.isSet(QStringLiteral("crashed-host")) && cli.isSet(QStringLiteral("prelude-file")))
        fail(tr("--crashed-host and --prelude-file: give one of them"));
    if (cli.isSet(QStringLiteral("crashed-host"))) {
        base.prelude = uxsim::crashedhost::prelude(cli.values(QStringLiteral("crashed-host")), &error);
        if (base.prelude.isEmpty())
            fail(error);
    }
    if (cli.isSet(QStringLiteral("prelude-file"))) {
        base.prelude = readSmallFile(QStringLiteral("--prelude-file"), cli.value(QStringLiteral("prelude-file")));
        if (base.prelude.isEmpty())
            fail(tr("--prelude-file %1: empty").arg(cli.value(QStringLiteral("prelude-file"))));
    }
    return base;
}

void installSignalHandlers(QCoreApplication *app)
{
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGHUP, onSignal);
        auto *sn = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
        QObject::connect(sn, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    }
    std::signal(SIGPIPE, SIG_IGN);
}

// One JSON line per module, in index order, once every module is ready (booted, prelude received):
// a host that opens the port after reading its line never talks into a boot.
void announceWhenReady(const QList<uxsim::Module *> &modules, const QList<QJsonObject> &lines)
{
    auto printAll = [modules, lines] {
        for (const uxsim::Module *m : modules) {
            if (!m->isReady())
                return;
        }
        for (const QJsonObject &line : lines)
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };
    for (uxsim::Module *m : modules)
        QObject::connect(m, &uxsim::Module::ready, m, printAll);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("uxsim"));
    ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlive the test or station that started us

    QCommandLineParser cli;
    cli.setApplicationDescription(
        tr("A simulated u-blox u-connectXpress module (NINA-W13/W15, ODIN-W26) on a pseudo-terminal."));
    addOptions(cli);
    if (!cli.parse(app.arguments()))
        fail(cli.errorText());
    if (cli.isSet(QStringLiteral("help")))
        cli.showHelp(0);
    if (!cli.positionalArguments().isEmpty())
        fail(tr("unexpected argument %1").arg(cli.positionalArguments().first()));
    if (!cli.isSet(QStringLiteral("link")))
        fail(tr("--link PATH is required"));
    const QString link = cli.value(QStringLiteral("link"));
    const int n = intOption(cli, QStringLiteral("count"), 1, 64);
    const uxsim::ModuleOptions base = parseModuleOptions(cli);
    quint64 macBase = base.persona.macBase.toULongLong(nullptr, 16);
    if (cli.isSet(QStringLiteral("mac"))) {
        bool ok = false;
        const QString m = cli.value(QStringLiteral("mac")).remove(u':').toUpper();
        macBase = m.toULongLong(&ok, 16);
        if (!ok || m.size() != 12)
            fail(tr("--mac %1: expected 12 hex digits (colons allowed)").arg(cli.value(QStringLiteral("mac"))));
    }

    mosquitto_lib_init();
    installSignalHandlers(&app);
    QList<uxsim::Module *> modules;
    QList<QJsonObject> lines;
    for (int i = 0; i < n; ++i) {
        uxsim::ModuleOptions o = base;
        o.index = i;
        o.mac = QByteArray::number(macBase + quint64(i) * 4, 16).toUpper().rightJustified(12, '0');
        const QString path = n == 1 ? link : link + QString::number(i);
        if (cli.isSet(QStringLiteral("trace"))) {
            const QString trace = cli.value(QStringLiteral("trace"));
            o.tracePath = n == 1 ? trace : trace + u'.' + QString::number(i);
        }
        if (cli.isSet(QStringLiteral("state-file"))) {
            const QString state = cli.value(QStringLiteral("state-file"));
            o.statePath = n == 1 ? state : state + u'.' + QString::number(i);
        }
        auto *m = new uxsim::Module(o, &app);
        QString error;
        if (!m->start(path, &error)) {
            qDeleteAll(modules);
            delete m;
            std::fprintf(stderr, "uxsim: %s\n", qPrintable(error));
            return 1;
        }
        modules.append(m);
        lines.append(QJsonObject{{QStringLiteral("port"), path},
                                 {QStringLiteral("device"), m->devicePath()},
                                 {QStringLiteral("persona"), base.persona.key},
                                 {QStringLiteral("model"), QString::fromLatin1(base.persona.model)},
                                 {QStringLiteral("firmware"), QString::fromLatin1(base.persona.firmware)},
                                 {QStringLiteral("mac"), QString::fromLatin1(o.mac)},
                                 {QStringLiteral("index"), i}});
    }
    announceWhenReady(modules, lines);
    const int rc = app.exec();
    qDeleteAll(modules); // removes the links
    mosquitto_lib_cleanup();
    return rc;
}
