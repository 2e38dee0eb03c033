// local-azure: launcher and management tool for Local Azure (see docs/local-azure.md).
// Exit codes: 0 success, 1 operational failure, 2 bad usage or bad input (one line on stderr).
#include "lazcommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace laz;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("local-azure", text);
}

struct Exit
{
    int code;
};

[[noreturn]] void fail(int code, const QString &message)
{
    std::fprintf(stderr, "local-azure: %s\n", qPrintable(message));
    throw Exit{code};
}

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void outJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QByteArray readFileOrFail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(2, tr("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

// ---- small PKI (test root CA, server and device certificates; EC P-256) ----
EVP_PKEY *newKey()
{
    return EVP_EC_gen("P-256");
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

struct Issued
{
    QByteArray certPem, keyPem;
};

// issuerCert/issuerKey null: self-signed
Issued issue(const QString &cn, bool isCa, bool server, const QStringList &sans, X509 *issuerCert, EVP_PKEY *issuerKey,
             int days = 825)
{
    EVP_PKEY *key = newKey();
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), long(days) * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(cert, issuerCert ? X509_get_subject_name(issuerCert) : name);
    X509 *extIssuer = issuerCert ? issuerCert : cert;
    addExt(cert, extIssuer, NID_subject_key_identifier, "hash");
    if (isCa) {
        addExt(cert, extIssuer, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert, extIssuer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        addExt(cert, extIssuer, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert, extIssuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExt(cert, extIssuer, NID_ext_key_usage, server ? "serverAuth" : "clientAuth");
    }
    if (issuerCert)
        addExt(cert, extIssuer, NID_authority_key_identifier, "keyid:always");
    if (!sans.isEmpty())
        addExt(cert, extIssuer, NID_subject_alt_name, sans.join(u',').toLatin1().constData());
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    Issued r;
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, cert);
    char *d = nullptr;
    long n = BIO_get_mem_data(b, &d);
    r.certPem = QByteArray(d, int(n));
    BIO_free(b);
    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    n = BIO_get_mem_data(b, &d);
    r.keyPem = QByteArray(d, int(n));
    BIO_free(b);
    X509_free(cert);
    EVP_PKEY_free(key);
    return r;
}

X509 *loadCert(const QByteArray &pem)
{
    BIO *b = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    return c;
}

EVP_PKEY *loadKey(const QByteArray &pem)
{
    BIO *b = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    return k;
}

void writePrivate(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        fail(1, tr("cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ensurePki(const QString &dir, const QJsonObject &state)
{
    const QString pki = dir + QStringLiteral("/pki");
    QDir().mkpath(pki);
    if (!QFile::exists(pki + QStringLiteral("/root-ca.pem"))) {
        const Issued ca = issue(QStringLiteral("Local Azure Test Root CA"), true, false, {}, nullptr, nullptr, 3650);
        writePrivate(pki + QStringLiteral("/root-ca.key"), ca.keyPem);
        writePrivate(pki + QStringLiteral("/root-ca.pem"), ca.certPem);
    }
    const QString dps = state.value(QStringLiteral("dpsHost")).toString();
    const QString hub = state.value(QStringLiteral("hubHost")).toString();
    const QString sanFile = pki + QStringLiteral("/server.sans");
    const QString sans = QStringLiteral("DNS:%1,DNS:%2,DNS:localhost,IP:127.0.0.1").arg(dps, hub);
    QFile sf(sanFile);
    const bool sameSans = sf.open(QIODevice::ReadOnly) && QString::fromUtf8(sf.readAll()) == sans;
    sf.close();
    if (!sameSans || !QFile::exists(pki + QStringLiteral("/server.pem"))) {
        X509 *caCert = loadCert(readFileOrFail(pki + QStringLiteral("/root-ca.pem")));
        EVP_PKEY *caKey = loadKey(readFileOrFail(pki + QStringLiteral("/root-ca.key")));
        if (!caCert || !caKey)
            fail(1, tr("%1/root-ca.pem or root-ca.key is damaged; delete the pki directory to start afresh").arg(pki));
        const Issued srv = issue(hub, false, true, sans.split(u','), caCert, caKey);
        X509_free(caCert);
        EVP_PKEY_free(caKey);
        writePrivate(pki + QStringLiteral("/server.key"), srv.keyPem);
        writePrivate(pki + QStringLiteral("/server.pem"), srv.certPem);
        writePrivate(sanFile, sans.toUtf8());
    }
}

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        fail(1, tr("no free port on 127.0.0.1: %1").arg(s.errorString()));
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

bool portOpen(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = s.waitForConnected(200);
    s.abort();
    return ok;
}

int cmdRun(const QCommandLineParser &p, const QString &dir)
{
    StateFile sf(dir);
    QString error;
    QJsonObject state;
    if (!sf.update(
            [&](QJsonObject &s, QString *e) {
                if (p.isSet(QStringLiteral("assignment-delay-ms"))) {
                    bool ok = false;
                    const int v = p.value(QStringLiteral("assignment-delay-ms")).toInt(&ok);
                    if (!ok || v < 0) {
                        *e = tr("--assignment-delay-ms needs a non-negative number");
                        return false;
                    }
                    s.insert(QStringLiteral("assignmentDelayMs"), v);
                }
                if (p.isSet(QStringLiteral("retry-after"))) {
                    bool ok = false;
                    const int v = p.value(QStringLiteral("retry-after")).toInt(&ok);
                    if (!ok || v < 0) {
                        *e = tr("--retry-after needs a non-negative number");
                        return false;
                    }
                    s.insert(QStringLiteral("retryAfterSeconds"), v);
                }
                state = s;
                return true;
            },
            &error))
        fail(2, error);
    ensurePki(sf.dir(), state);
    if (!sf.syncTrustDir(state, &error))
        fail(1, error);
    const auto port = [&](const char *name) -> quint16 {
        if (!p.isSet(QLatin1String(name)))
            return freePort();
        bool ok = false;
        const uint v = p.value(QLatin1String(name)).toUInt(&ok);
        if (!ok || v == 0 || v > 65535)
            fail(2, tr("--%1 needs a port number 1-65535").arg(QLatin1String(name)));
        return quint16(v);
    };
    const quint16 x509Port = port("x509-port");
    quint16 sasPort = port("sas-port");
    while (sasPort == x509Port)
        sasPort = freePort();
    const QString d = sf.dir();
    const QString user =
        QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? QByteArray(getuid() == 0 ? "root" : "") : qgetenv("USER"));
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
           << "\nlistener " << (i == 0 ? x509Port : sasPort) << " 127.0.0.1\nprotocol mqtt\nmax_qos 1\n"
           << "certfile " << d << "/pki/server.pem\nkeyfile " << d << "/pki/server.key\n"
           << "capath " << d << "/trust\ntls_version tlsv1.2\n"
           << "require_certificate " << (i == 0 ? "true" : "false") << "\nuse_identity_as_username false\n";
    }
    ts.flush();
    QFile cf(d + QStringLiteral("/mosquitto.conf"));
    if (!cf.open(QIODevice::WriteOnly | QIODevice::Truncate) || cf.write(conf.toUtf8()) < 0)
        fail(1, tr("cannot write %1").arg(cf.fileName()));
    cf.close();

    if (::pipe(signalPipe) != 0)
        fail(1, tr("cannot create a pipe"));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);

    QString mosquitto = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (mosquitto.isEmpty())
        mosquitto = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (mosquitto.isEmpty())
        fail(1, tr("mosquitto not found (apt-get install mosquitto)"));
    QProcess broker;
    broker.setProgram(mosquitto);
    broker.setArguments({QStringLiteral("-c"), cf.fileName()});
    broker.setStandardOutputFile(d + QStringLiteral("/broker.stdout.log"), QIODevice::Append);
    broker.setProcessChannelMode(QProcess::MergedChannels);
    broker.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    broker.start();
    if (!broker.waitForStarted(5000))
        fail(1, tr("cannot start %1: %2").arg(mosquitto, broker.errorString()));
    QElapsedTimer t;
    t.start();
    while (!(portOpen(x509Port) && portOpen(sasPort))) {
        if (broker.state() == QProcess::NotRunning || broker.waitForFinished(50) || t.elapsed() > 10000) {
            broker.kill();
            broker.waitForFinished(2000);
            fail(1, tr("the broker did not start; see %1/broker.log").arg(d));
        }
    }
    outJson(QJsonObject{{QStringLiteral("ca_file"), d + QStringLiteral("/pki/root-ca.pem")},
                        {QStringLiteral("id_scope"), state.value(QStringLiteral("idScope"))},
                        {QStringLiteral("dps_host"), state.value(QStringLiteral("dpsHost"))},
                        {QStringLiteral("hub_host"), state.value(QStringLiteral("hubHost"))},
                        {QStringLiteral("x509_port"), x509Port},
                        {QStringLiteral("sas_port"), sasPort},
                        {QStringLiteral("state_dir"), d},
                        {QStringLiteral("broker_pid"), qint64(broker.processId())}});
    if (!p.isSet(QStringLiteral("json")))
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("local-azure: broker running (log: %1/broker.log); Ctrl+C stops it").arg(d)));
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
    if (broker.state() != QProcess::NotRunning) {
        broker.terminate();
        if (!broker.waitForFinished(5000)) {
            broker.kill();
            broker.waitForFinished(2000);
        }
    }
    return rc;
}

// ---- management ----
QJsonObject failFromOptions(const QCommandLineParser &p)
{
    const QString mode = p.value(QStringLiteral("fail"));
    if (mode.isEmpty() || mode == QStringLiteral("none"))
        return {};
    static const QStringList modes{
        QStringLiteral("unauthorized"), QStringLiteral("notfound"), QStringLiteral("throttled"), QStringLiteral("slow"),
        QStringLiteral("disabled"),     QStringLiteral("failed"),   QStringLiteral("internal")};
    if (!modes.contains(mode))
        fail(2, tr("--fail must be one of %1 or none").arg(modes.join(QStringLiteral(", "))));
    QJsonObject f{{QStringLiteral("mode"), mode}};
    for (const auto &[opt, key] : {std::pair{"retry-after", "retryAfter"}, std::pair{"count", "count"},
                                   std::pair{"delay-ms", "delayMs"}, std::pair{"error-code", "errorCode"}}) {
        if (!p.isSet(QLatin1String(opt)))
            continue;
        bool ok = false;
        const int v = p.value(QLatin1String(opt)).toInt(&ok);
        if (!ok || v < 0)
            fail(2, tr("--%1 needs a non-negative number").arg(QLatin1String(opt)));
        f.insert(QLatin1String(key), v);
    }
    if (p.isSet(QStringLiteral("error-message")))
        f.insert(QStringLiteral("errorMessage"), p.value(QStringLiteral("error-message")));
    return f;
}

QString required(const QCommandLineParser &p, const char *name)
{
    const QString v = p.value(QLatin1String(name));
    if (v.isEmpty())
        fail(2, tr("--%1 is required").arg(QLatin1String(name)));
    return v;
}

void checkKey(const QString &key)
{
    const auto r = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() < 16 || r.decoded.size() > 64)
        fail(2, tr("--symmetric-key must be base64 of 16 to 64 bytes"));
}

void mutate(const QString &dir, const std::function<bool(QJsonObject &, QString *)> &fn)
{
    QString error;
    if (!StateFile(dir).update(fn, &error))
        fail(2, error);
}

QJsonObject loadState(const QString &dir)
{
    QJsonObject s;
    QString error;
    if (!StateFile(dir).load(&s, &error))
        fail(2, error);
    return s;
}

// create or update an entry in array `key` identified by idKey == id
void upsert(QJsonObject &s, const char *key, const char *idKey, const QString &id, bool mustExist, bool mustNotExist,
            const std::function<void(QJsonObject &)> &fn)
{
    QJsonArray arr = s.value(QLatin1String(key)).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        QJsonObject o = arr[i].toObject();
        if (o.value(QLatin1String(idKey)).toString() == id) {
            if (mustNotExist)
                fail(2, tr("%1 already exists (use update)").arg(id));
            fn(o);
            arr[i] = o;
            s.insert(QLatin1String(key), arr);
            return;
        }
    }
    if (mustExist)
        fail(2, tr("%1 does not exist").arg(id));
    QJsonObject o;
    o.insert(QLatin1String(idKey), id);
    fn(o);
    arr.append(o);
    s.insert(QLatin1String(key), arr);
}

void applyEnrollmentOptions(const QCommandLineParser &p, QJsonObject &o, const char *certKey, const char *certOption)
{
    if (p.isSet(QStringLiteral("symmetric-key"))) {
        checkKey(p.value(QStringLiteral("symmetric-key")));
        o.insert(QStringLiteral("attestation"), QStringLiteral("symmetricKey"));
        o.insert(QStringLiteral("primaryKey"), p.value(QStringLiteral("symmetric-key")));
        if (p.isSet(QStringLiteral("secondary-key"))) {
            checkKey(p.value(QStringLiteral("secondary-key")));
            o.insert(QStringLiteral("secondaryKey"), p.value(QStringLiteral("secondary-key")));
        }
        o.remove(QLatin1String(certKey));
    } else if (p.isSet(QLatin1String(certOption))) {
        const QByteArray pem = readFileOrFail(p.value(QLatin1String(certOption)));
        if (!isValidPemCert(pem))
            fail(2, tr("%1 is not a PEM certificate").arg(p.value(QLatin1String(certOption))));
        o.insert(QStringLiteral("attestation"), QStringLiteral("x509"));
        o.insert(QLatin1String(certKey), QString::fromLatin1(pem));
        o.remove(QStringLiteral("primaryKey"));
    }
    if (p.isSet(QStringLiteral("fail")))
        o.insert(QStringLiteral("fail"), failFromOptions(p));
    if (o.value(QStringLiteral("fail")).toObject().isEmpty())
        o.remove(QStringLiteral("fail"));
    if (p.isSet(QStringLiteral("disabled")))
        o.insert(QStringLiteral("enabled"), false);
    if (p.isSet(QStringLiteral("enabled")))
        o.insert(QStringLiteral("enabled"), true);
    if (!o.contains(QStringLiteral("enabled")))
        o.insert(QStringLiteral("enabled"), true);
    if (!o.contains(QStringLiteral("attestation")))
        fail(2, tr("give --symmetric-key or --%1").arg(QLatin1String(certOption)));
}

void printEntries(const QJsonArray &arr, bool json, const QStringList &columns)
{
    for (const QJsonValue &v : arr) {
        QJsonObject o = v.toObject();
        for (const char *secret : {"primaryKey", "secondaryKey", "caCert", "cert"})
            if (o.contains(QLatin1String(secret)))
                o.insert(QLatin1String(secret), QStringLiteral("<set>"));
        if (json) {
            outJson(o);
            continue;
        }
        QStringList cells;
        for (const QString &c : columns) {
            const QJsonValue cv = o.value(c);
            cells << c + u'=' +
                         (cv.isObject() ? QString::fromUtf8(QJsonDocument(cv.toObject()).toJson(QJsonDocument::Compact))
                                        : cv.toVariant().toString());
        }
        out(cells.join(u' '));
    }
}

int cmdDps(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString what = args.value(1), verb = args.value(2);
    if (what == QStringLiteral("enrollment-group") || what == QStringLiteral("enrollment")) {
        const bool group = what == QStringLiteral("enrollment-group");
        const char *arr = group ? "enrollmentGroups" : "enrollments";
        const char *idKey = group ? "groupId" : "registrationId";
        const char *idOpt = group ? "group-id" : "registration-id";
        if (verb == QStringLiteral("list")) {
            printEntries(loadState(dir).value(QLatin1String(arr)).toArray(), json,
                         {QLatin1String(idKey), QStringLiteral("attestation"), QStringLiteral("enabled"),
                          QStringLiteral("fail")});
            return 0;
        }
        if (verb == QStringLiteral("create") || verb == QStringLiteral("update")) {
            const QString id = required(p, idOpt);
            mutate(dir, [&](QJsonObject &s, QString *) {
                upsert(s, arr, idKey, id, verb == QStringLiteral("update"), verb == QStringLiteral("create"),
                       [&](QJsonObject &o) {
                           applyEnrollmentOptions(p, o, group ? "caCert" : "cert", group ? "ca-cert" : "cert");
                       });
                return true;
            });
            return 0;
        }
        if (verb == QStringLiteral("delete")) {
            const QString id = required(p, idOpt);
            mutate(dir, [&](QJsonObject &s, QString *) {
                QJsonArray a = s.value(QLatin1String(arr)).toArray(), keep;
                for (const QJsonValue &v : a)
                    if (v.toObject().value(QLatin1String(idKey)).toString() != id)
                        keep.append(v);
                if (keep.size() == a.size())
                    fail(2, tr("%1 does not exist").arg(id));
                s.insert(QLatin1String(arr), keep);
                return true;
            });
            return 0;
        }
    }
    if (what == QStringLiteral("settings")) {
        mutate(dir, [&](QJsonObject &s, QString *) {
            for (const auto &[opt, key] : {std::pair{"assignment-delay-ms", "assignmentDelayMs"},
                                           std::pair{"retry-after", "retryAfterSeconds"}}) {
                if (!p.isSet(QLatin1String(opt)))
                    continue;
                bool ok = false;
                const int v = p.value(QLatin1String(opt)).toInt(&ok);
                if (!ok || v < 0)
                    fail(2, tr("--%1 needs a non-negative number").arg(QLatin1String(opt)));
                s.insert(QLatin1String(key), v);
            }
            for (const auto &[opt, key] : {std::pair{"id-scope", "idScope"}, std::pair{"hub-host", "hubHost"}})
                if (p.isSet(QLatin1String(opt)))
                    s.insert(QLatin1String(key), p.value(QLatin1String(opt)));
            QJsonObject shown;
            for (const char *k : {"idScope", "dpsHost", "hubHost", "assignmentDelayMs", "retryAfterSeconds"})
                shown.insert(QLatin1String(k), s.value(QLatin1String(k)));
            outJson(shown);
            return true;
        });
        return 0;
    }
    fail(2, tr("unknown dps command; see local-azure --help"));
}

int cmdHub(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString what = args.value(1), verb = args.value(2);
    if (what == QStringLiteral("device")) {
        if (verb == QStringLiteral("list") || verb == QStringLiteral("show")) {
            QJsonArray devs = loadState(dir).value(QStringLiteral("devices")).toArray();
            if (verb == QStringLiteral("show")) {
                const QString id = required(p, "device-id");
                QJsonArray one;
                for (const QJsonValue &v : devs)
                    if (v.toObject().value(QStringLiteral("deviceId")).toString() == id)
                        one.append(v);
                if (one.isEmpty())
                    fail(1, tr("no device %1").arg(id));
                // show includes the key: an engineer rehearsing a line needs it
                outJson(one.first().toObject());
                return 0;
            }
            printEntries(devs, json,
                         {QStringLiteral("deviceId"), QStringLiteral("auth"), QStringLiteral("status"),
                          QStringLiteral("provisionedBy")});
            return 0;
        }
        if (verb == QStringLiteral("create") || verb == QStringLiteral("update")) {
            const QString id = required(p, "device-id");
            mutate(dir, [&](QJsonObject &s, QString *) {
                upsert(s, "devices", "deviceId", id, verb == QStringLiteral("update"), verb == QStringLiteral("create"),
                       [&](QJsonObject &o) {
                           if (p.isSet(QStringLiteral("symmetric-key"))) {
                               checkKey(p.value(QStringLiteral("symmetric-key")));
                               o.insert(QStringLiteral("auth"), QStringLiteral("sas"));
                               o.insert(QStringLiteral("primaryKey"), p.value(QStringLiteral("symmetric-key")));
                               if (p.isSet(QStringLiteral("secondary-key")))
                                   o.insert(QStringLiteral("secondaryKey"), p.value(QStringLiteral("secondary-key")));
                           } else if (p.isSet(QStringLiteral("thumbprint"))) {
                               QJsonArray t;
                               for (const QString &tp : p.values(QStringLiteral("thumbprint"))) {
                                   const QString clean = tp.toUpper().remove(u':');
                                   if ((clean.size() != 40 && clean.size() != 64) ||
                                       QByteArray::fromHex(clean.toLatin1()).toHex().toUpper() != clean.toLatin1())
                                       fail(2, tr("--thumbprint must be 40 (SHA-1) or 64 (SHA-256) hex digits"));
                                   t.append(clean);
                               }
                               o.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
                               o.insert(QStringLiteral("thumbprints"), t);
                           } else if (p.isSet(QStringLiteral("cert"))) {
                               const QByteArray pem = readFileOrFail(p.value(QStringLiteral("cert")));
                               if (!isValidPemCert(pem))
                                   fail(2, tr("%1 is not a PEM certificate").arg(p.value(QStringLiteral("cert"))));
                               o.insert(QStringLiteral("auth"), QStringLiteral("x509-thumbprint"));
                               o.insert(QStringLiteral("thumbprints"),
                                        QJsonArray{QString::fromLatin1(certThumbprint(pem, "sha256"))});
                               o.insert(QStringLiteral("cert"), QString::fromLatin1(pem));
                           } else if (p.isSet(QStringLiteral("ca-signed"))) {
                               o.insert(QStringLiteral("auth"), QStringLiteral("x509-ca"));
                           }
                           if (p.isSet(QStringLiteral("status"))) {
                               const QString st = p.value(QStringLiteral("status"));
                               if (st != QStringLiteral("enabled") && st != QStringLiteral("disabled"))
                                   fail(2, tr("--status must be enabled or disabled"));
                               o.insert(QStringLiteral("status"), st);
                           }
                           if (!o.contains(QStringLiteral("status")))
                               o.insert(QStringLiteral("status"), QStringLiteral("enabled"));
                           if (p.isSet(QStringLiteral("fail")))
                               o.insert(QStringLiteral("fail"), failFromOptions(p));
                           if (o.value(QStringLiteral("fail")).toObject().isEmpty())
                               o.remove(QStringLiteral("fail"));
                           if (!o.contains(QStringLiteral("auth")))
                               fail(2, tr("give --symmetric-key, --thumbprint, --cert or --ca-signed"));
                       });
                return true;
            });
            return 0;
        }
    }
    if (what == QStringLiteral("ca") && verb == QStringLiteral("add")) {
        const QByteArray pem = readFileOrFail(required(p, "cert"));
        if (!isValidPemCert(pem))
            fail(2, tr("%1 is not a PEM certificate").arg(p.value(QStringLiteral("cert"))));
        mutate(dir, [&](QJsonObject &s, QString *) {
            QJsonArray cas = s.value(QStringLiteral("hubCas")).toArray();
            cas.append(QJsonObject{{QStringLiteral("name"), certCommonName(pem)},
                                   {QStringLiteral("pem"), QString::fromLatin1(pem)}});
            s.insert(QStringLiteral("hubCas"), cas);
            return true;
        });
        return 0;
    }
    if (what == QStringLiteral("telemetry")) {
        QFile f(dir + QStringLiteral("/telemetry.jsonl"));
        if (!f.exists())
            return 0;
        if (!f.open(QIODevice::ReadOnly))
            fail(1, tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QString device = p.value(QStringLiteral("device"));
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (line.isEmpty() || (!device.isEmpty() && o.value(QStringLiteral("deviceId")).toString() != device))
                continue;
            if (json)
                out(QString::fromUtf8(line));
            else
                out(QStringLiteral("%1 %2 %3")
                        .arg(o.value(QStringLiteral("time")).toString(), o.value(QStringLiteral("deviceId")).toString(),
                             o.value(QStringLiteral("body")).toString()));
        }
        return 0;
    }
    if (what == QStringLiteral("c2d") && verb == QStringLiteral("send")) {
        const QString device = required(p, "device");
        QJsonObject props;
        for (const QString &kv : p.values(QStringLiteral("property"))) {
            const int eq = kv.indexOf(u'=');
            if (eq <= 0)
                fail(2, tr("--property needs key=value"));
            props.insert(kv.left(eq), kv.mid(eq + 1));
        }
        const QString mid =
            p.value(QStringLiteral("message-id")).isEmpty() ? newTrackingId() : p.value(QStringLiteral("message-id"));
        mutate(dir, [&](QJsonObject &s, QString *) {
            QJsonArray q = s.value(QStringLiteral("c2d")).toArray();
            int pending = 0;
            for (const QJsonValue &v : q)
                pending += v.toObject().value(QStringLiteral("deviceId")).toString() == device;
            if (pending >= 50)
                fail(1, tr("device %1 already has 50 pending cloud-to-device messages").arg(device));
            q.append(QJsonObject{{QStringLiteral("deviceId"), device},
                                 {QStringLiteral("messageId"), mid},
                                 {QStringLiteral("bodyBase64"),
                                  QString::fromLatin1(p.value(QStringLiteral("body")).toUtf8().toBase64())},
                                 {QStringLiteral("properties"), props}});
            s.insert(QStringLiteral("c2d"), q);
            return true;
        });
        if (json)
            outJson(QJsonObject{{QStringLiteral("messageId"), mid}});
        return 0;
    }
    fail(2, tr("unknown hub command; see local-azure --help"));
}

int cmdPki(const QStringList &args, const QCommandLineParser &p, const QString &dir)
{
    if (args.value(1) != QStringLiteral("issue"))
        fail(2, tr("unknown pki command; see local-azure --help"));
    const QString cn = required(p, "cn");
    const QString certOut = required(p, "out-cert"), keyOut = required(p, "out-key");
    X509 *caCert = nullptr;
    EVP_PKEY *caKey = nullptr;
    if (!p.isSet(QStringLiteral("self-signed"))) {
        const QString cf = p.value(QStringLiteral("ca-cert")).isEmpty() ? dir + QStringLiteral("/pki/root-ca.pem")
                                                                        : p.value(QStringLiteral("ca-cert"));
        const QString kf = p.value(QStringLiteral("ca-key")).isEmpty() ? dir + QStringLiteral("/pki/root-ca.key")
                                                                       : p.value(QStringLiteral("ca-key"));
        caCert = loadCert(readFileOrFail(cf));
        caKey = loadKey(readFileOrFail(kf));
        if (!caCert || !caKey)
            fail(2, tr("%1 / %2 is not a PEM certificate and key").arg(cf, kf));
    }
    const Issued r = issue(cn, p.isSet(QStringLiteral("ca")), false, {}, caCert, caKey);
    X509_free(caCert);
    EVP_PKEY_free(caKey);
    writePrivate(keyOut, r.keyPem);
    writePrivate(certOut, r.certPem);
    outJson(QJsonObject{{QStringLiteral("cert"), certOut},
                        {QStringLiteral("key"), keyOut},
                        {QStringLiteral("sha1"), QString::fromLatin1(certThumbprint(r.certPem, "sha1"))},
                        {QStringLiteral("sha256"), QString::fromLatin1(certThumbprint(r.certPem, "sha256"))}});
    return 0;
}

int cmdSas(const QCommandLineParser &p)
{
    QByteArray key = required(p, "key").toLatin1();
    if (p.isSet(QStringLiteral("registration-id")))
        key = deriveDeviceKey(key, p.value(QStringLiteral("registration-id")).toUtf8());
    if (key.isEmpty())
        fail(2, tr("--key must be base64"));
    if (!p.isSet(QStringLiteral("resource"))) { // derive only
        out(QString::fromLatin1(key));
        return 0;
    }
    bool ok = true;
    const qint64 se = p.isSet(QStringLiteral("expiry")) ? p.value(QStringLiteral("expiry")).toLongLong(&ok)
                                                        : QDateTime::currentSecsSinceEpoch() + 3600;
    if (!ok)
        fail(2, tr("--expiry needs Unix seconds"));
    out(QString::fromLatin1(makeSas(p.value(QStringLiteral("resource")).toUtf8(), key, se,
                                    p.value(QStringLiteral("skn")).toUtf8(), p.isSet(QStringLiteral("skn")))));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("local-azure"));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "local-azure",
        "Local Azure: DPS and IoT Hub on a local Mosquitto broker.\n\n"
        "  run --state-dir DIR [--json] [--x509-port N] [--sas-port N] [--assignment-delay-ms N] [--retry-after S]\n"
        "  dps enrollment-group create|update --group-id G (--symmetric-key K | --ca-cert FILE) [--fail MODE ...] "
        "[--disabled]\n"
        "  dps enrollment-group list|delete ...\n"
        "  dps enrollment create|update --registration-id R (--symmetric-key K | --cert FILE) [--fail MODE ...] "
        "[--disabled]\n"
        "  dps enrollment list|delete ...\n"
        "  dps settings [--assignment-delay-ms N] [--retry-after S] [--id-scope S] [--hub-host H]\n"
        "  hub device create|update --device-id D (--symmetric-key K | --thumbprint T | --cert FILE | --ca-signed) "
        "[--status S] [--fail MODE]\n"
        "  hub device list [--json] | show --device-id D\n"
        "  hub ca add --cert FILE\n"
        "  hub telemetry [--json] [--device D]\n"
        "  hub c2d send --device D --body TEXT [--property k=v]... [--message-id ID]\n"
        "  pki issue --cn CN --out-cert F --out-key F [--ca] [--self-signed | --ca-cert F --ca-key F]\n"
        "  sas --key K [--registration-id R] [--resource SR --expiry SE --skn NAME]\n\n"
        "Failure modes: unauthorized, notfound, throttled (--retry-after, --count), slow (--delay-ms), disabled,\n"
        "failed (--error-code, --error-message), internal, none."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("local-azure", "run, dps, hub, pki or sas"));
    const char *valued[] = {"state-dir",
                            "x509-port",
                            "sas-port",
                            "assignment-delay-ms",
                            "retry-after",
                            "group-id",
                            "registration-id",
                            "symmetric-key",
                            "secondary-key",
                            "ca-cert",
                            "ca-key",
                            "cert",
                            "fail",
                            "count",
                            "delay-ms",
                            "error-code",
                            "error-message",
                            "device-id",
                            "device",
                            "thumbprint",
                            "status",
                            "body",
                            "property",
                            "message-id",
                            "cn",
                            "out-cert",
                            "out-key",
                            "key",
                            "resource",
                            "expiry",
                            "skn",
                            "id-scope",
                            "hub-host"};
    for (const char *o : valued)
        p.addOption(QCommandLineOption(QLatin1String(o), QString(), QStringLiteral("value")));
    for (const char *o : {"json", "disabled", "enabled", "ca", "self-signed", "ca-signed"})
        p.addOption(QCommandLineOption(QLatin1String(o)));
    if (!p.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "local-azure: %s\n", qPrintable(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(p.helpText()));
        return 0;
    }
    try {
        const QStringList args = p.positionalArguments();
        const QString cmd = args.value(0);
        if (cmd == QStringLiteral("sas"))
            return cmdSas(p);
        if (cmd != QStringLiteral("run") && cmd != QStringLiteral("dps") && cmd != QStringLiteral("hub") &&
            cmd != QStringLiteral("pki"))
            fail(2, cmd.isEmpty() ? tr("no command given; see local-azure --help")
                                  : tr("unknown command '%1'; see local-azure --help").arg(cmd));
        const QString dir = p.value(QStringLiteral("state-dir"));
        if (dir.isEmpty())
            fail(2, tr("--state-dir DIR is required"));
        if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
            fail(2, tr("%1 is not a directory").arg(dir));
        if (!QDir().mkpath(dir))
            fail(1, tr("cannot create %1").arg(dir));
        const QString abs = QDir(dir).absolutePath();
        if (cmd == QStringLiteral("run"))
            return cmdRun(p, abs);
        if (cmd == QStringLiteral("dps"))
            return cmdDps(args, p, abs);
        if (cmd == QStringLiteral("hub"))
            return cmdHub(args, p, abs);
        return cmdPki(args, p, abs);
    } catch (const Exit &e) {
        return e.code;
    }
}
