// local-azure run: writes the broker configuration, starts Mosquitto with the plugin, connects the
// service bridge, serves the service REST APIs over HTTPS and stays until a signal (or the broker's
// death) stops everything.
#include "pki.h"
#include "service/server.h"
#include "tool.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace laz;

namespace laztool {

namespace {

quint16 freePort(const QHostAddress &address)
{
    QTcpServer s;
    if (!s.listen(address, 0))
        fail(1, tr("no free port on %1: %2").arg(address.toString(), s.errorString()));
    return s.serverPort();
}

QString pluginPath()
{
    const QString env = qEnvironmentVariable("LOCAL_AZURE_PLUGIN");
    if (!env.isEmpty())
        return env;
    const QString bin = QCoreApplication::applicationDirPath();
    for (const QString &p : {bin + QStringLiteral("/liblocal_azure_plugin.so"),
                             bin + QStringLiteral("/../lib/provstation/liblocal_azure_plugin.so")})
        if (QFile::exists(p))
            return QFileInfo(p).canonicalFilePath();
    fail(
        1,
        tr("liblocal_azure_plugin.so not found next to local-azure or in ../lib/provstation (set LOCAL_AZURE_PLUGIN)"));
}

int signalPipe[2] = {-1, -1};
void onSignal(int sig)
{
    const char c = char(sig);
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

bool portOpen(const QHostAddress &address, quint16 port)
{
    QTcpSocket s;
    s.connectToHost(address, port);
    const bool ok = s.waitForConnected(200);
    s.abort();
    return ok;
}

bool socketOpen(const QString &path)
{
    QLocalSocket s;
    s.connectToServer(path);
    const bool ok = s.waitForConnected(200);
    s.abort();
    return ok;
}

// Where the listeners are: the X.509 and SAS MQTT listeners (same port allowed on different
// addresses, e.g. 8883 on two loopback addresses) and the HTTPS service port on each address.
struct Endpoints
{
    QHostAddress x509Address{QHostAddress::LocalHost}, sasAddress{QHostAddress::LocalHost};
    quint16 x509Port = 0, sasPort = 0, servicePort = 0;
    QList<QHostAddress> serviceAddresses() const
    {
        return x509Address == sasAddress ? QList<QHostAddress>{x509Address} : QList{x509Address, sasAddress};
    }
};

Endpoints endpointsFrom(const QCommandLineParser &p)
{
    Endpoints e;
    const auto address = [&](const char *name, QHostAddress &out) {
        if (!p.isSet(QLatin1String(name)))
            return;
        out = QHostAddress(p.value(QLatin1String(name)));
        if (out.isNull() || !out.isLoopback())
            fail(2, tr("--%1 needs a loopback IPv4 address such as 127.0.0.1 or 127.20.0.2").arg(QLatin1String(name)));
    };
    address("x509-bind", e.x509Address);
    address("sas-bind", e.sasAddress);
    const auto port = [&](const char *name, const QHostAddress &on) -> quint16 {
        if (!p.isSet(QLatin1String(name)))
            return freePort(on);
        bool ok = false;
        const uint v = p.value(QLatin1String(name)).toUInt(&ok);
        if (!ok || v == 0 || v > 65535)
            fail(2, tr("--%1 needs a port number 1-65535").arg(QLatin1String(name)));
        return quint16(v);
    };
    e.x509Port = port("x509-port", e.x509Address);
    e.sasPort = port("sas-port", e.sasAddress);
    while (e.sasPort == e.x509Port && e.sasAddress == e.x509Address)
        e.sasPort = freePort(e.sasAddress);
    e.servicePort = port("service-port", e.x509Address);
    if ((e.servicePort == e.x509Port) || (e.servicePort == e.sasPort && e.sasAddress == e.x509Address))
        fail(2, tr("--service-port must differ from the MQTT ports"));
    return e;
}

// Settings from the command line, Azure's default policies, and the state to run with.
QJsonObject prepareState(const QCommandLineParser &p, const StateFile &sf)
{
    QString error;
    QJsonObject state;
    if (!sf.update(
            [&](QJsonObject &s, QString *e) {
                for (const auto &[opt, key] : {std::pair{"assignment-delay-ms", "assignmentDelayMs"},
                                               std::pair{"retry-after", "retryAfterSeconds"}}) {
                    if (!p.isSet(QLatin1String(opt)))
                        continue;
                    bool ok = false;
                    const int v = p.value(QLatin1String(opt)).toInt(&ok);
                    if (!ok || v < 0) {
                        *e = tr("--%1 needs a non-negative number").arg(QLatin1String(opt));
                        return false;
                    }
                    s.insert(QLatin1String(key), v);
                }
                ensureDefaultPolicies(s);
                state = s;
                return true;
            },
            &error))
        fail(2, error);
    return state;
}

QString writeBrokerConfig(const QString &d, const Endpoints &e)
{
    QString conf;
    QTextStream ts(&conf);
    ts << "# generated by local-azure run; rewritten on every start\n"
       << "per_listener_settings false\nallow_anonymous false\npersistence false\n"
       << "log_dest file " << d
       << "/broker.log\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
       << "connection_messages true\n";
    if (getuid() == 0)
        ts << "user root\n";
    ts << "plugin " << pluginPath() << "\nplugin_opt_state_dir " << d << "\n";
    for (int i = 0; i < 2; ++i) {
        ts << "\n# " << (i == 0 ? "X.509 devices: client certificate required" : "SAS devices: no client certificate")
           << "\nlistener " << (i == 0 ? e.x509Port : e.sasPort) << ' '
           << (i == 0 ? e.x509Address : e.sasAddress).toString() << "\nprotocol mqtt\nmax_qos 1\n"
           << "certfile " << d << "/pki/server.pem\nkeyfile " << d << "/pki/server.key\n"
           << "capath " << d << "/trust\ntls_version tlsv1.2\n"
           << "require_certificate " << (i == 0 ? "true" : "false") << "\nuse_identity_as_username false\n";
    }
    ts << "\n# the service bridge of `local-azure run` (token in service.token)\nlistener 0 " << d
       << "/service.sock\nprotocol mqtt\n";
    ts.flush();
    QFile cf(d + QStringLiteral("/mosquitto.conf"));
    if (!cf.open(QIODevice::WriteOnly | QIODevice::Truncate) || cf.write(conf.toUtf8()) < 0)
        fail(1, tr("cannot write %1").arg(cf.fileName()));
    return cf.fileName();
}

// Starts mosquitto and waits (with a deadline) until both MQTT listeners accept connections.
void startBroker(QProcess &broker, const QString &d, const QString &conf, const Endpoints &e)
{
    QString mosquitto = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (mosquitto.isEmpty())
        mosquitto = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (mosquitto.isEmpty())
        fail(1, tr("mosquitto not found (apt-get install mosquitto)"));
    broker.setProgram(mosquitto);
    broker.setArguments({QStringLiteral("-c"), conf});
    broker.setStandardOutputFile(d + QStringLiteral("/broker.stdout.log"), QIODevice::Append);
    broker.setProcessChannelMode(QProcess::MergedChannels);
    broker.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    broker.start();
    if (!broker.waitForStarted(5000))
        fail(1, tr("cannot start %1: %2").arg(mosquitto, broker.errorString()));
    QElapsedTimer t;
    t.start();
    // Every listener, the bridge's socket included (Mosquitto opens them one after the other; on
    // a busy machine the TCP ports can be up while the socket is not yet).
    while (!(portOpen(e.x509Address, e.x509Port) && portOpen(e.sasAddress, e.sasPort) &&
             socketOpen(d + QStringLiteral("/service.sock")))) {
        if (broker.state() == QProcess::NotRunning || broker.waitForFinished(50) || t.elapsed() > 10000) {
            broker.kill();
            broker.waitForFinished(2000);
            fail(1, tr("the broker did not start; see %1/broker.log").arg(d));
        }
    }
}

// A fresh token for the service bridge, readable by this user only (the plugin reads it).
QByteArray writeServiceToken(const QString &d)
{
    const QByteArray token = randomKeyBase64(32).toHex();
    writePrivate(d + QStringLiteral("/service.token"), token);
    return token;
}

// Connects the bridge and waits for the broker's CONNACK, with a deadline.
void connectBridge(lazservice::Bridge &bridge, const QString &d, const QByteArray &token)
{
    QEventLoop loop;
    bool up = false;
    QString error;
    if (!bridge.start(
            d + QStringLiteral("/service.sock"), token, [&] { up = true, loop.quit(); }, &error))
        fail(1, error);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!up)
        loop.exec();
    if (!up)
        fail(1, tr("the service bridge could not connect to the broker; see %1/broker.log").arg(d));
}

QString connectionString(const QString &host, const QJsonArray &policies, const QString &name)
{
    for (const QJsonValue &v : policies)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return QStringLiteral("HostName=%1;SharedAccessKeyName=%2;SharedAccessKey=%3")
                .arg(host, name, v.toObject().value(QStringLiteral("primaryKey")).toString());
    return {};
}

void printInfo(const QJsonObject &state, const QString &d, const Endpoints &e, qint64 brokerPid, bool json)
{
    QJsonObject info{{QStringLiteral("ca_file"), d + QStringLiteral("/pki/root-ca.pem")},
                     {QStringLiteral("id_scope"), state.value(QStringLiteral("idScope"))},
                     {QStringLiteral("dps_host"), state.value(QStringLiteral("dpsHost"))},
                     {QStringLiteral("hub_host"), state.value(QStringLiteral("hubHost"))},
                     {QStringLiteral("dps_service_host"), dpsServiceHost(state)},
                     {QStringLiteral("x509_port"), e.x509Port},
                     {QStringLiteral("sas_port"), e.sasPort},
                     {QStringLiteral("x509_address"), e.x509Address.toString()},
                     {QStringLiteral("sas_address"), e.sasAddress.toString()},
                     {QStringLiteral("service_port"), e.servicePort},
                     {QStringLiteral("state_dir"), d},
                     {QStringLiteral("broker_pid"), brokerPid}};
    // The owner policies' connection strings hold their keys: printed here only, and only with
    // --json, for the program that started local Azure (docs/local-azure.md).
    if (json) {
        info.insert(QStringLiteral("hub_connection_string"),
                    connectionString(state.value(QStringLiteral("hubHost")).toString(),
                                     state.value(QStringLiteral("hubPolicies")).toArray(),
                                     QStringLiteral("iothubowner")));
        info.insert(QStringLiteral("dps_connection_string"),
                    connectionString(dpsServiceHost(state), state.value(QStringLiteral("dpsPolicies")).toArray(),
                                     QStringLiteral("provisioningserviceowner")));
    }
    outJson(info);
    if (!json)
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("local-azure: broker and service API running (logs: %1/broker.log, "
                                   "%1/service.log); --json also prints the owner connection strings; Ctrl+C stops it")
                                    .arg(d)));
}

} // namespace

int cmdRun(const QCommandLineParser &p, const QString &dir)
{
    StateFile sf(dir);
    const QJsonObject state = prepareState(p, sf);
    const Endpoints e = endpointsFrom(p);
    QStringList addresses;
    for (const QHostAddress &a : e.serviceAddresses())
        addresses << a.toString();
    ensurePki(sf.dir(), state, addresses);
    QString error;
    if (!sf.syncTrustDir(state, &error))
        fail(1, error);
    const QString d = sf.dir();
    const QByteArray token = writeServiceToken(d);
    QFile::remove(d + QStringLiteral("/service.sock"));
    const QString conf = writeBrokerConfig(d, e);

    if (::pipe(signalPipe) != 0)
        fail(1, tr("cannot create a pipe"));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);

    QProcess broker;
    startBroker(broker, d, conf, e);
    lazservice::Bridge bridge;
    connectBridge(bridge, d, token);
    lazservice::ServiceServer server(lazservice::Context{&sf, &bridge, d});
    if (!server.start(e.serviceAddresses(), e.servicePort, readFileOrFail(d + QStringLiteral("/pki/server.pem")),
                      readFileOrFail(d + QStringLiteral("/pki/server.key")), &error))
        fail(1, error);
    printInfo(state, d, e, qint64(broker.processId()), p.isSet(QStringLiteral("json")));

    int rc = 0;
    QSocketNotifier sn(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&sn, &QSocketNotifier::activated, qApp, [&] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        QCoreApplication::exit(0);
    });
    QObject::connect(&broker, &QProcess::finished, qApp, [&] {
        std::fprintf(stderr, "local-azure: %s\n",
                     qPrintable(tr("the broker stopped unexpectedly; see %1/broker.log").arg(d)));
        rc = 1;
        QCoreApplication::exit(1);
    });
    QCoreApplication::exec();
    QObject::disconnect(&broker, nullptr, nullptr, nullptr);
    bridge.stop();
    if (broker.state() != QProcess::NotRunning) {
        broker.terminate();
        if (!broker.waitForFinished(5000)) {
            broker.kill();
            broker.waitForFinished(2000);
        }
    }
    return rc;
}

} // namespace laztool
