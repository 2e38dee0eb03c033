// Microsoft's Node.js Azure IoT SDKs, driven from CloudSdkTest: the scripts in tests/integration/sdk
// run with the SDKs that install.sh put into BUILD_DIR/node-sdk (npm ci from the pinned lock file).
// Each Node process gets its own hosts override (sdk/hosts.js): the Azure host names resolve to the
// loopback address local Azure listens on, at the SDKs' fixed ports 443 and 8883.
#pragma once

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

namespace cloudtest {

inline QString sdkSourceDir()
{
    return qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/tests/integration/sdk");
}

inline QString sdkBuildDir()
{
    return QDir(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/..")).absolutePath() +
           QStringLiteral("/node-sdk");
}

// One Node.js process; stdout is read as JSON lines (events), stdin takes command lines.
class NodeProcess
{
public:
    // @p hosts: "name=address,..." for hosts.js; @p env: more variables (connection strings, device
    // configuration: secrets travel in the environment, never on the command line).
    NodeProcess(const QString &script, const QStringList &args, const QString &hosts, const QString &caFile,
                const QHash<QString, QString> &env)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("NODE_PATH"), sdkBuildDir() + QStringLiteral("/node_modules"));
        e.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
        e.insert(QStringLiteral("LAZ_HOSTS"), hosts);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        m_proc.setProcessEnvironment(e);
        m_proc.setWorkingDirectory(sdkSourceDir());
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start(QStringLiteral("node"),
                     QStringList{QStringLiteral("--require"), sdkSourceDir() + QStringLiteral("/hosts.js"),
                                 sdkSourceDir() + u'/' + script} +
                         args);
    }
    ~NodeProcess()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    // The next event named @p name (other events are kept), or an "error" event the script sent, or
    // an empty object at the deadline.
    QJsonObject waitEvent(const QString &name, int ms = 30000)
    {
        std::optional<QJsonObject> found;
        const auto take = [&] {
            read();
            for (int i = 0; i < m_events.size(); ++i) {
                const QString event = m_events[i].value(u"event").toString();
                if (event == name || event == QLatin1String("error")) {
                    found = m_events.takeAt(i);
                    return true;
                }
            }
            return false;
        };
        if (!take() && !QTest::qWaitFor(take, ms))
            return {};
        return found.value_or(QJsonObject());
    }
    // The whole output of a one-shot script, after it ended (with a deadline).
    QJsonObject result(int ms = 60000)
    {
        if (!m_proc.waitForFinished(ms))
            return {};
        read();
        return m_events.isEmpty() ? QJsonObject() : m_events.last();
    }
    int exitCode() const { return m_proc.exitCode(); }
    void send(const QByteArray &line) { m_proc.write(line + '\n'); }
    QByteArray errors() { return m_proc.readAllStandardError(); }
    QList<QJsonObject> events() const { return m_events; }

private:
    void read()
    {
        m_buffer += m_proc.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(m_buffer.left(nl)).object();
            m_buffer.remove(0, nl + 1);
            if (!o.isEmpty())
                m_events.append(o);
        }
    }

    QProcess m_proc;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
};

} // namespace cloudtest
