// Keys at rest in the certificate tools (issue 12): a CA key goes to a file encrypted, or in clear
// only when the engineer ticks the box for it (then the status warns and lint shows
// ca-key-unencrypted); the inspector's lint flags a CA certificate kept with its key in clear.
// Typed and clicked into the shown dialog.

#include "certs/certificatetools.h"
#include "guitest.h"
#include "testregistry.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace guitest;

namespace {

QString statusOf(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("generateStatus"))->text();
}

/// "severity/code" of each finding in a summary's lint list.
QStringList findings(QWidget *dialog, const char *summary)
{
    QStringList out;
    auto *tree =
        dialog->findChild<QWidget *>(QLatin1String(summary))->findChild<QTreeWidget *>(QStringLiteral("lintList"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0) + u'/' + tree->topLevelItem(i)->text(2);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CaKeyAtRestGuiTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /// Clicks Generate; true when a certificate was made, false when the dialog refused or failed.
    bool generate(CertificateToolsDialog &dialog)
    {
        QSignalSpy done(&dialog, &CertificateToolsDialog::generated);
        QSignalSpy failed(&dialog, &CertificateToolsDialog::generationFailed);
        if (!click(&dialog, QStringLiteral("generateButton")))
            return false;
        return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) && !done.isEmpty();
    }

private slots:
    void aRootCaKeyIsWrittenInClearOnlyWhenTheBoxIsTicked()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString out = m_dir.filePath(QStringLiteral("root"));
        auto *inClear = find<QCheckBox>(&dialog, QStringLiteral("unencryptedKeyCheck"));
        QVERIFY(inClear && inClear->isVisible() && !inClear->isChecked());
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("commonNameEdit")), QStringLiteral("Clear Root")));
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("outputDirEdit")), out));

        // Neither a passphrase nor the box: refused, nothing written.
        QVERIFY(!generate(dialog));
        QVERIFY2(statusOf(&dialog).contains(u"Type a passphrase for the new CA key"), qPrintable(statusOf(&dialog)));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

        // Both: refused too.
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("keyPassphraseEdit")), QStringLiteral("pass-1")));
        QVERIFY(click(&dialog, QStringLiteral("unencryptedKeyCheck")));
        QVERIFY(inClear->isChecked());
        QVERIFY(!generate(dialog));
        QVERIFY2(statusOf(&dialog).contains(u"not both"), qPrintable(statusOf(&dialog)));

        // The box alone: written in clear, with a warning, and lint says so.
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("keyPassphraseEdit")), QString()));
        QVERIFY(generate(dialog));
        const QString key = out + QStringLiteral("/Clear_Root.key.pem");
        QVERIFY(readAll(key).startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY2(statusOf(&dialog).contains(u"Warning: the CA key is not encrypted"), qPrintable(statusOf(&dialog)));
        QVERIFY2(findings(&dialog, "generatedSummary").contains(u"Warning/ca-key-unencrypted"),
                 qPrintable(findings(&dialog, "generatedSummary").join(u", ")));
        QVERIFY(!inClear->isChecked()); // the next CA key is a decision of its own

        // The inspector flags a CA certificate kept with its key in clear.
        const QString both = m_dir.filePath(QStringLiteral("both.pem"));
        QFile f(both);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(out + QStringLiteral("/Clear_Root.pem")) + readAll(key));
        f.close();
        QTest::mouseClick(find<QTabWidget>(&dialog, QStringLiteral("certTabs"))->tabBar(), Qt::LeftButton, {},
                          find<QTabWidget>(&dialog, QStringLiteral("certTabs"))->tabBar()->tabRect(1).center());
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("inspectFileEdit")), both));
        QSignalSpy inspected(&dialog, &CertificateToolsDialog::inspected);
        QVERIFY(click(&dialog, QStringLiteral("inspectButton")));
        QVERIFY(inspected.wait(10000));
        QVERIFY(inspected.first().at(0).toBool());
        QVERIFY2(findings(&dialog, "inspectSummary").contains(u"Warning/ca-key-unencrypted"),
                 qPrintable(findings(&dialog, "inspectSummary").join(u", ")));
    }

    void aRootCaKeyWithAPassphraseIsEncryptedAndNotFlagged()
    {
        CertificateToolsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString out = m_dir.filePath(QStringLiteral("encrypted"));
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("commonNameEdit")), QStringLiteral("Sealed Root")));
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("outputDirEdit")), out));
        QVERIFY(typeInto(find<QLineEdit>(&dialog, QStringLiteral("keyPassphraseEdit")), QStringLiteral("pass-2")));
        QVERIFY(generate(dialog));
        QVERIFY(readAll(out + QStringLiteral("/Sealed_Root.key.pem")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY"));
        QVERIFY(!statusOf(&dialog).contains(u"Warning"));
        QVERIFY(!findings(&dialog, "generatedSummary").join(u',').contains(u"ca-key-unencrypted"));
    }
};

PS_REGISTER_TEST(CaKeyAtRestGuiTest);
#include "tst_cakeygui.moc"
