#include "azure/sas.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace azure {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("azure", text);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

bool isBase64Char(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '/';
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString urlEncode(QStringView text, PercentCase hexCase)
{
    const QByteArray utf8 = text.toUtf8();
    const char *digits = hexCase == PercentCase::Upper ? "0123456789ABCDEF" : "0123456789abcdef";
    QString out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(QLatin1Char(c));
        } else {
            const auto b = static_cast<unsigned char>(c);
            out.append(u'%');
            out.append(QLatin1Char(digits[b >> 4]));
            out.append(QLatin1Char(digits[b & 0x0F]));
        }
    }
    return out;
}

std::optional<QByteArray> decodeKey(QStringView base64, QString *error)
{
    const QStringView key = base64.trimmed();
    if (key.isEmpty()) {
        setError(error, tr("the key is empty"));
        return std::nullopt;
    }
    qsizetype padding = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c == u'=') {
            ++padding;
            continue;
        }
        if (padding > 0 || !isBase64Char(c)) {
            setError(error, padding > 0 ? tr("the key is not valid base64: '=' padding may only end it "
                                             "(character %1)")
                                              .arg(i + 1)
                                        : tr("the key is not valid base64: character %1 is '%2'").arg(i + 1).arg(c));
            return std::nullopt;
        }
    }
    if (padding > 2 || key.size() % 4 != 0) {
        setError(error, tr("the key is not valid base64: its length %1 is not a multiple of 4 (missing '=' "
                           "padding, or a character lost when copying?)")
                            .arg(key.size()));
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        setError(error, tr("the key is not valid base64"));
        return std::nullopt;
    }
    return decoded.decoded;
}

QByteArray stringToSign(QStringView resource, qint64 expiry)
{
    return resource.toUtf8() + '\n' + QByteArray::number(expiry);
}

QByteArray hmacSha256Base64(const QByteArray &key, QByteArrayView data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
         size_t(data.size()), mac, &macLength);
    return QByteArray(reinterpret_cast<const char *>(mac), int(macLength)).toBase64();
}

std::optional<QString> sasToken(QStringView resource, QStringView keyBase64, qint64 expiry, QStringView policy,
                                QString *error)
{
    if (resource.isEmpty()) {
        setError(error, tr("the resource (sr) is empty"));
        return std::nullopt;
    }
    if (expiry <= 0) {
        setError(error, tr("the expiry must be a positive Unix time in seconds, not %1").arg(expiry));
        return std::nullopt;
    }
    QString keyError;
    const auto key = decodeKey(keyBase64, &keyError);
    if (!key) {
        setError(error, keyError);
        return std::nullopt;
    }
    const QByteArray sig = hmacSha256Base64(*key, stringToSign(resource, expiry));
    QString token = QStringLiteral("SharedAccessSignature sr=") + resource.toString() + QStringLiteral("&sig=") +
                    urlEncode(QString::fromLatin1(sig)) + QStringLiteral("&se=") + QString::number(expiry);
    if (!policy.isEmpty())
        token += QStringLiteral("&skn=") + urlEncode(policy);
    return token;
}

QString hubResource(QStringView host, QStringView deviceId, QStringView moduleId)
{
    QString r = urlEncode(host) + QStringLiteral("%2Fdevices%2F") + urlEncode(deviceId);
    if (!moduleId.isEmpty())
        r += QStringLiteral("%2Fmodules%2F") + urlEncode(moduleId);
    return r;
}

QString dpsResource(QStringView idScope, QStringView registrationId)
{
    return urlEncode(idScope) + QStringLiteral("%2fregistrations%2f") + urlEncode(registrationId);
}

std::optional<QString> hubSasToken(QStringView host, QStringView deviceId, QStringView keyBase64, qint64 expiry,
                                   QStringView policy, QString *error)
{
    return sasToken(hubResource(host, deviceId), keyBase64, expiry, policy, error);
}

std::optional<QString> dpsSasToken(QStringView idScope, QStringView registrationId, QStringView keyBase64,
                                   qint64 expiry, QString *error)
{
    return sasToken(dpsResource(idScope, registrationId), keyBase64, expiry, u"registration", error);
}

std::optional<QString> deriveDeviceKey(QStringView groupKeyBase64, QStringView registrationId, QString *error)
{
    if (registrationId.isEmpty()) {
        setError(error, tr("the registration ID is empty"));
        return std::nullopt;
    }
    QString keyError;
    const auto key = decodeKey(groupKeyBase64, &keyError);
    if (!key) {
        setError(error, tr("group key: %1").arg(keyError));
        return std::nullopt;
    }
    return QString::fromLatin1(hmacSha256Base64(*key, registrationId.toUtf8()));
}

} // namespace azure
