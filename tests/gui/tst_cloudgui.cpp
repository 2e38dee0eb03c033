// "Prepare cloud" as an engineer uses it: the connection strings typed into the Azure page (they go
// to the secret store, never to the profile), the button pressed, what was made listed; pressed
// again, nothing changes.

#include "guitest.h"
#include "testregistry.h"
#include "wizard/provisioningwizard.h"

#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>

using namespace guitest;

class CloudPrepareGuiTest : public QObject
{
    Q_OBJECT

    Bed m_bed;

    QStringList reportRows(QListWidget *list)
    {
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        return rows;
    }

private slots:
    void cleanup() { m_bed.reset(); }

    void typedConnectionStringsPrepareTheCloudOnceAndThenChangeNothing()
    {
        QVERIFY(m_bed.start());
        SecretStore *store = m_bed.station->secrets();
        const Profile profile = m_bed.station->profile();
        // The engineer has the strings from the portal; the station does not have them yet.
        const QByteArray hub = testbed::secretValue(store, profile.hub.connectionStringSecret);
        const QByteArray dps = testbed::secretValue(store, profile.dps.connectionStringSecret);
        QVERIFY(hub.startsWith("HostName=") && dps.startsWith("HostName="));
        for (const QString &name : {profile.hub.connectionStringSecret, profile.dps.connectionStringSecret}) {
            SecretJob *job = store->remove(name);
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(job->isFinished() || done.wait(5000));
        }
        QVERIFY(m_bed.show());
        QVERIFY(m_bed.becomeEngineer());
        ProvisioningWizard *wizard = m_bed.window->wizard();
        QVERIFY(typeInto(find<QLineEdit>(wizard, QStringLiteral("dpsConnectionEdit")), QString::fromLatin1(dps)));
        QVERIFY(typeInto(find<QLineEdit>(wizard, QStringLiteral("hubConnectionEdit")), QString::fromLatin1(hub)));
        QVERIFY(click(wizard, QStringLiteral("prepareCloudButton")));
        auto *report = find<QListWidget>(wizard, QStringLiteral("cloudReportList"));
        auto *cause = find<QLabel>(wizard, QStringLiteral("cloudCause"));
        QTRY_VERIFY_WITH_TIMEOUT(report->count() > 0, 20000);
        QVERIFY2(reportRows(report).join(u'\n').contains(
                     QStringLiteral("enrollment-group %1: created").arg(profile.dps.enrollmentGroupId)),
                 qPrintable(reportRows(report).join(u'\n') + u'\n' + cause->text()));
        QVERIFY2(cause->text().contains(u"now matches"), qPrintable(cause->text()));
        // Kept in the secret store, never in the profile.
        QCOMPARE(testbed::secretValue(store, profile.hub.connectionStringSecret), hub);
        QVERIFY(!QJsonDocument(m_bed.station->profile().toJson()).toJson().contains("SharedAccessKey"));

        // Again: idempotent.
        QVERIFY(click(wizard, QStringLiteral("prepareCloudButton")));
        QTRY_VERIFY_WITH_TIMEOUT(cause->text().contains(u"nothing changed"), 20000);
        for (int i = 0; i < report->count(); ++i)
            QCOMPARE(report->item(i)->data(Qt::UserRole).toString(), QStringLiteral("exists"));
    }
};

PS_REGISTER_TEST(CloudPrepareGuiTest);
#include "tst_cloudgui.moc"
