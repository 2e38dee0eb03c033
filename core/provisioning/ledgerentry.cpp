#include "provisioning/ledgerentry.h"

#include "pki/certificate.h"
#include "provisioning/result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

QString utcSeconds(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

void LedgerEntry::appendField(QByteArray &out, const char *name, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    out += name;
    out += '=';
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

QString LedgerEntry::genesis()
{
    return QString(64, u'0');
}

LedgerEntry LedgerEntry::fromCertificate(const pki::Certificate &certificate)
{
    LedgerEntry e;
    e.serial = certificate.serialNumberHex();
    e.subject = certificate.subject();
    e.issuer = certificate.issuer();
    e.sha256 = QString::fromLatin1(certificate.sha256().toHex());
    e.notBefore = utcSeconds(certificate.notBefore());
    e.notAfter = utcSeconds(certificate.notAfter());
    return e;
}

LedgerEntry LedgerEntry::issuedFor(const pki::Certificate &certificate, const ResultRow &row, qint64 resultId)
{
    LedgerEntry e = fromCertificate(certificate);
    e.station = row.station;
    e.operatorName = row.operatorName;
    e.issued = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.mac = row.mac;
    e.deviceId = row.deviceId;
    e.resultId = resultId;
    return e;
}

QByteArray LedgerEntry::canonical() const
{
    QByteArray out = "provstation-ledger/1\n";
    appendField(out, "seq", QString::number(seq));
    appendField(out, "serial", serial);
    appendField(out, "subject", subject);
    appendField(out, "issuer", issuer);
    appendField(out, "sha256", sha256);
    appendField(out, "not_before", notBefore);
    appendField(out, "not_after", notAfter);
    appendField(out, "station", station);
    appendField(out, "operator", operatorName);
    appendField(out, "issued", issued);
    appendField(out, "mac", mac);
    appendField(out, "device_id", deviceId);
    appendField(out, "result_id", QString::number(resultId));
    return out;
}

QString LedgerEntry::computeHash(const QString &previous) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData("\n");
    h.addData(canonical());
    return QString::fromLatin1(h.result().toHex());
}

QJsonObject LedgerEntry::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("not_before"), notBefore},
            {QStringLiteral("not_after"), notAfter},
            {QStringLiteral("station"), station},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("issued"), issued},
            {QStringLiteral("mac"), mac},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("result_id"), resultId},
            {QStringLiteral("prev"), prev},
            {QStringLiteral("hash"), hash}};
}

QByteArray LedgerEntry::toLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<LedgerEntry> LedgerEntry::fromJson(const QJsonObject &o, QString *error)
{
    const auto text = [&](const char *name, QString &to) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isString()) {
            *error = QCoreApplication::translate("LedgerEntry", "the field \"%1\" is missing or not text")
                         .arg(QLatin1String(name));
            return false;
        }
        to = v.toString();
        return true;
    };
    const auto number = [&](const char *name, qint64 &to) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isDouble() || v.toInteger(-1) < 0) {
            *error = QCoreApplication::translate("LedgerEntry", "the field \"%1\" is missing or not a whole number")
                         .arg(QLatin1String(name));
            return false;
        }
        to = v.toInteger();
        return true;
    };
    LedgerEntry e;
    if (o.size() != 15) {
        *error = QCoreApplication::translate("LedgerEntry", "it has %1 fields instead of 15").arg(o.size());
        return std::nullopt;
    }
    if (!number("seq", e.seq) || !text("serial", e.serial) || !text("subject", e.subject) ||
        !text("issuer", e.issuer) || !text("sha256", e.sha256) || !text("not_before", e.notBefore) ||
        !text("not_after", e.notAfter) || !text("station", e.station) || !text("operator", e.operatorName) ||
        !text("issued", e.issued) || !text("mac", e.mac) || !text("device_id", e.deviceId) ||
        !number("result_id", e.resultId) || !text("prev", e.prev) || !text("hash", e.hash))
        return std::nullopt;
    return e;
}
