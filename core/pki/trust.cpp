#include "pki/trust.h"
#include "pki/ssl_p.h"

#include <QCoreApplication>
#include <QFile>

namespace pki {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pki", text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QList<TrustedRoot> azureRoots()
{
    static const QList<TrustedRoot> roots = {
        {QStringLiteral("DigiCert Global Root G2"), QStringLiteral(":/roots/DigiCert_Global_Root_G2.pem"),
         QStringLiteral(
             "CB:3C:CB:B7:60:31:E5:E0:13:8F:8D:D3:9A:23:F9:DE:47:FF:C3:5E:43:C1:14:4C:EA:27:D4:6A:5A:B1:CB:5F"),
         false, QT_TRANSLATE_NOOP("pki", "the root of IoT Hub and DPS (global cloud) since 2023/2024")},
        {QStringLiteral("Microsoft RSA Root Certificate Authority 2017"),
         QStringLiteral(":/roots/Microsoft_RSA_Root_Certificate_Authority_2017.pem"),
         QStringLiteral(
             "C7:41:F7:0F:4B:2A:8D:88:BF:2E:71:C1:41:22:EF:53:EF:10:EB:A0:CF:A5:E6:4C:FA:20:F4:18:85:30:73:E0"),
         false, QT_TRANSLATE_NOOP("pki", "Microsoft's standby root for Azure")},
        {QStringLiteral("Baltimore CyberTrust Root"), QString(),
         QStringLiteral(
             "16:AF:57:A9:F6:76:B0:AB:12:60:95:AA:5E:BA:DE:F2:2A:B3:11:19:D6:44:AC:95:CD:4B:93:DB:F3:F2:6A:EB"),
         true,
         QT_TRANSLATE_NOOP("pki", "Azure IoT Hub and DPS moved to DigiCert Global Root G2 in 2023/2024; upload G2 "
                                  "instead")},
    };
    QList<TrustedRoot> translated = roots;
    for (auto &r : translated)
        r.note = QCoreApplication::translate("pki", r.note.toUtf8().constData());
    return translated;
}

Result<Certificate> loadRoot(const TrustedRoot &root)
{
    if (root.resource.isEmpty())
        return Result<Certificate>::failure(tr("%1 is not shipped with the station").arg(root.name));
    QFile file(root.resource);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Certificate>::failure(tr("cannot read %1: %2").arg(root.resource, file.errorString()));
    auto cert = Certificate::fromPem(file.readAll());
    if (!cert)
        return cert;
    if (fingerprintText(cert->sha256()) != root.sha256)
        return Result<Certificate>::failure(tr("%1 does not have the expected SHA-256 fingerprint").arg(root.name));
    return cert;
}

QString bundledId(const TrustedRoot &root)
{
    return QLatin1String("bundled:") + root.name.toLower().replace(u' ', u'-');
}

Result<Certificate> loadBundledRoot(const QString &id)
{
    for (const TrustedRoot &r : azureRoots()) {
        if (bundledId(r) != id)
            continue;
        if (r.expired)
            return Result<Certificate>::failure(tr("%1 has expired").arg(r.name));
        return loadRoot(r);
    }
    return Result<Certificate>::failure(tr("no bundled root is called '%1'").arg(id.mid(8)));
}

Result<QList<Certificate>> defaultTrustBundle()
{
    QList<Certificate> bundle;
    for (const auto &root : azureRoots()) {
        if (root.expired || root.resource.isEmpty())
            continue;
        auto cert = loadRoot(root);
        if (!cert)
            return Result<QList<Certificate>>::failure(cert.error());
        bundle.append(*cert);
    }
    return bundle;
}

const TrustedRoot *findKnownRoot(const Certificate &cert)
{
    static const QList<TrustedRoot> roots = azureRoots();
    const QString fp = fingerprintText(cert.sha256());
    for (const auto &r : roots) {
        if (r.sha256 == fp)
            return &r;
    }
    return nullptr;
}

QByteArray cStringLiterals(QByteArrayView source, QString *error)
{
    QByteArray out;
    const qsizetype n = source.size();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        const char c = source[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '/' && i + 1 < n && source[i + 1] == '/') {
            while (i < n && source[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && source[i + 1] == '*') {
            i += 2;
            while (i + 1 < n && !(source[i] == '*' && source[i + 1] == '/')) {
                line += source[i] == '\n';
                ++i;
            }
            if (i + 1 >= n)
                return fail(tr("unterminated comment (line %1)").arg(line));
            i += 2;
        } else if (c == '\'') {
            // A character literal such as '"' must not open a string.
            ++i;
            while (i < n && source[i] != '\'') {
                i += source[i] == '\\' ? 2 : 1;
            }
            ++i;
        } else if (c == '"') {
            ++i;
            while (i < n && source[i] != '"') {
                char ch = source[i];
                if (ch == '\n')
                    return fail(tr("line break inside a string literal (line %1)").arg(line));
                if (ch != '\\') {
                    out.append(ch);
                    ++i;
                    continue;
                }
                if (++i >= n)
                    break;
                ch = source[i++];
                switch (ch) {
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7': {
                    int v = ch - '0';
                    for (int k = 0; k < 2 && i < n && source[i] >= '0' && source[i] <= '7'; ++k)
                        v = v * 8 + (source[i++] - '0');
                    out.append(char(v));
                    break;
                }
                case 'x': {
                    int v = 0;
                    int digits = 0;
                    while (i < n && hexValue(source[i]) >= 0 && digits < 2) {
                        v = v * 16 + hexValue(source[i++]);
                        ++digits;
                    }
                    out.append(char(v));
                    break;
                }
                case '\n':
                    ++line;
                    break; // line continuation
                default:
                    out.append(ch);
                    break; // \" \\ \' \?
                }
            }
            if (i >= n)
                return fail(tr("unterminated string literal (line %1)").arg(line));
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

Result<QList<Certificate>> importCertsC(QByteArrayView source)
{
    using R = Result<QList<Certificate>>;
    QString error;
    const QByteArray text = cStringLiterals(source, &error);
    if (!error.isEmpty())
        return R::failure(error);
    if (!text.contains("-----BEGIN CERTIFICATE-----"))
        return R::failure(tr("no PEM certificate inside the C string literals of this file"));
    QList<Certificate> certs;
    qsizetype from = 0;
    while ((from = text.indexOf("-----BEGIN CERTIFICATE-----", from)) >= 0) {
        const qsizetype end = text.indexOf("-----END CERTIFICATE-----", from);
        if (end < 0)
            return R::failure(tr("certificate %1 has no END line").arg(certs.size() + 1));
        const qsizetype stop = end + qsizetype(sizeof("-----END CERTIFICATE-----") - 1);
        auto cert = Certificate::fromPem(text.mid(from, stop - from) + '\n');
        if (!cert)
            return R::failure(tr("certificate %1: %2").arg(certs.size() + 1).arg(cert.error()));
        certs.append(*cert);
        from = stop;
    }
    return certs;
}

} // namespace pki
