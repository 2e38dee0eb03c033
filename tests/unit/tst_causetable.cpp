// docs/profile.md's cause table says, for every failure cause, its stable code, its exit class and
// the sentence the operator reads. A cause added, renamed or reworded without the table (or the
// other way round) fails here.

#include "provisioning/result.h"
#include "testregistry.h"

#include <QFile>
#include <QTest>

class CauseTableTest : public QObject
{
    Q_OBJECT
private slots:
    void profileDocsCauseTableMatchesTheCode()
    {
        QFile doc(qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/docs/profile.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName() + QStringLiteral(": ") + doc.errorString()));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype begin = text.indexOf(QStringLiteral("<!-- cause-table"));
        const qsizetype end = text.indexOf(QStringLiteral("<!-- /cause-table -->"));
        QVERIFY2(begin >= 0 && end > begin,
                 "docs/profile.md has no <!-- cause-table --> ... <!-- /cause-table --> block");

        QStringList documented;
        for (const QString &line : text.mid(begin, end - begin).split(u'\n')) {
            if (!line.startsWith(QLatin1String("| `")))
                continue;
            QStringList cells = line.split(u'|');
            cells = cells.mid(1, cells.size() - 2);
            for (QString &c : cells)
                c = c.trimmed();
            cells[0].remove(u'`');
            documented << cells.join(u'|');
        }
        QStringList code;
        for (const Cause c : allCauses()) {
            if (c == Cause::None)
                continue;
            code << QStringLiteral("%1|%2|%3").arg(causeCode(c)).arg(int(exitCodeFor(c))).arg(causeText(c));
        }
        QVERIFY(code.size() > 30);
        QCOMPARE(documented, code);
    }
};

PS_REGISTER_TEST(CauseTableTest);
#include "tst_causetable.moc"
