#include "provisioning/outcome.h"

#include <QJsonArray>

namespace outcome {

ExitCode exitCodeFor(const QString &c)
{
    if (c.isEmpty())
        return Pass;
    static const QHash<QString, ExitCode> classes{
        {QStringLiteral("profile"), Configuration},
        {QStringLiteral("secret_missing"), Configuration},
        {QStringLiteral("secret_invalid"), Configuration},
        {QStringLiteral("certificate"), Configuration},
        {QStringLiteral("identity"), Configuration},
        {QStringLiteral("peer_url"), Configuration},
        {QStringLiteral("port_open"), Module},
        {QStringLiteral("port_busy"), Module},
        {QStringLiteral("port_closed"), Module},
        {QStringLiteral("no_answer"), Module},
        {QStringLiteral("timeout"), Module},
        {QStringLiteral("module_restarted"), Module},
        {QStringLiteral("identify"), Module},
        {QStringLiteral("edm"), Module},
        {QStringLiteral("reset"), Module},
        {QStringLiteral("persist"), Module},
        {QStringLiteral("reboot"), Module},
        {QStringLiteral("unsupported"), Unsupported},
        {QStringLiteral("upload"), Credentials},
        {QStringLiteral("wifi"), Wifi},
        {QStringLiteral("wifi_auth"), Wifi},
        {QStringLiteral("wifi_timeout"), Wifi},
        {QStringLiteral("wifi_lost"), Wifi},
        {QStringLiteral("network"), Wifi},
        {QStringLiteral("peer_connect"), Cloud},
        {QStringLiteral("dps_unauthorized"), Cloud},
        {QStringLiteral("dps_not_found"), Cloud},
        {QStringLiteral("dps_failed"), Cloud},
        {QStringLiteral("dps_disabled"), Cloud},
        {QStringLiteral("dps_timeout"), Cloud},
        {QStringLiteral("hub"), Cloud},
        {QStringLiteral("c2d_timeout"), Cloud},
        {QStringLiteral("cancelled"), Cancelled},
        {QStringLiteral("interrupted"), Cancelled},
    };
    return classes.value(c, Other);
}

ExitCode exitCodeFor(const QList<ResultRow> &results)
{
    for (const ResultRow &r : results) {
        if (r.outcome != QLatin1String("pass"))
            return r.causeCode.isEmpty() ? Other : exitCodeFor(r.causeCode);
    }
    return Pass;
}

QJsonObject toJson(const ResultRow &row)
{
    QJsonArray steps;
    for (const StepResult &s : row.steps)
        steps.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("ms"), s.elapsedMs},
                                 {QStringLiteral("outcome"), s.outcome},
                                 {QStringLiteral("message"), s.message}});
    return QJsonObject{
        {QStringLiteral("outcome"), row.outcome},
        {QStringLiteral("cause"), row.cause},
        {QStringLiteral("cause_code"), row.causeCode},
        {QStringLiteral("exit_code"), int(exitCodeFor(row.causeCode))},
        {QStringLiteral("port"), row.port},
        {QStringLiteral("slot"), row.slot},
        {QStringLiteral("model"), row.model},
        {QStringLiteral("firmware"), row.firmware},
        {QStringLiteral("mac"), row.mac},
        {QStringLiteral("flow"), row.flow},
        {QStringLiteral("registration_id"), row.registrationId},
        {QStringLiteral("device_id"), row.deviceId},
        {QStringLiteral("assigned_hub"), row.assignedHub},
        {QStringLiteral("operation_id"), row.operationId},
        {QStringLiteral("substatus"), row.substatus},
        {QStringLiteral("certificate_serial"), row.certificateSerial},
        {QStringLiteral("certificate_thumbprint"), row.certificateThumbprint},
        {QStringLiteral("started"), row.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), row.finished.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_ms"), row.started.msecsTo(row.finished)},
        {QStringLiteral("steps"), steps},
    };
}

} // namespace outcome
