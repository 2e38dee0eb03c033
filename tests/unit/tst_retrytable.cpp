// docs/link.md's retry table says what Job::retryPolicies() does for the default profile, row by
// row: step, tries, wait, and the words. A change to either without the other fails here.

#include "provisioning/job.h"
#include "provisioning/profile.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QFile>
#include <QTest>

class RetryTableTest : public QObject
{
    Q_OBJECT
private slots:
    void linkDocsRetryTableMatchesTheCode()
    {
        QFile doc(qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/docs/link.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName() + QStringLiteral(": ") + doc.errorString()));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype begin = text.indexOf(QStringLiteral("<!-- retry-table"));
        const qsizetype end = text.indexOf(QStringLiteral("<!-- /retry-table -->"));
        QVERIFY2(begin >= 0 && end > begin, "docs/link.md has no <!-- retry-table --> ... <!-- /retry-table --> block");

        QStringList documented;
        for (const QString &line : text.mid(begin, end - begin).split(u'\n')) {
            if (!line.startsWith(u'|') || line.startsWith(QLatin1String("| step")) ||
                line.startsWith(QLatin1String("|---")))
                continue;
            QStringList cells = line.split(u'|');
            cells = cells.mid(1, cells.size() - 2);
            for (QString &c : cells)
                c = c.trimmed();
            documented << cells.join(u'|');
        }
        QStringList code;
        for (const RetryPolicy &p : Job::retryPolicies(Profile()))
            code << QStringLiteral("%1|%2|%3|%4")
                        .arg(stepName(p.step))
                        .arg(p.attempts)
                        .arg(p.backoffMs)
                        .arg(QLatin1String(p.what));
        QVERIFY(!code.isEmpty());
        QCOMPARE(documented, code);
    }
};

PS_REGISTER_TEST(RetryTableTest);
#include "tst_retrytable.moc"
