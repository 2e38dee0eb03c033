#pragma once

#include <functional>
#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct ResultRow;

namespace label {

/// What is known about one provisioned module, by stable field names: the values a label prints
/// (the {name} placeholders of a LabelTemplate) and, in the same names, the record an issuance
/// ledger keeps per device (result id, ids, MAC, certificate serial and thumbprint, station,
/// operator, time). Made from a result row; never holds a secret.
struct LabelData
{
    qint64 resultId = 0;
    QString deviceId;
    QString registrationId;
    QString mac;
    QString model;
    QString firmware;
    QString hub;
    QString station;
    QString operatorName;
    QString profileName;
    QString certificateSerial;     ///< hex, as the results database keeps it
    QString certificateThumbprint; ///< SHA-256, hex
    QDateTime finished;            ///< UTC

    static LabelData fromResult(const ResultRow &row);
    /// Made-up values for a preview ("nina-w152-d4ca6e0000a1", ...).
    static LabelData sample();

    /// The field names, in the order docs/labels.md lists them: result_id, device_id,
    /// registration_id, mac, model, firmware, hub, station, operator, profile,
    /// certificate_serial, certificate_thumbprint, date, time.
    static QStringList fieldNames();
    /// The value of field @p name; nullopt for an unknown name.
    std::optional<QString> field(QStringView name) const;
    /// @p text with every {name} replaced by its field (passed through @p transform when given);
    /// unknown names stay as written.
    QString expand(const QString &text, const std::function<QString(const QString &)> &transform = {}) const;
    /// The placeholders of @p text that are not field names (empty when all are known).
    static QStringList unknownPlaceholders(const QString &text);
    /// Every field by name (the canonical record, e.g. for a ledger entry).
    QJsonObject toJson() const;

    friend bool operator==(const LabelData &, const LabelData &) = default;
};

} // namespace label

Q_DECLARE_METATYPE(label::LabelData)
