#include "common/i18n.h"
#include "testregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context, source, comment, type;
    bool numerus = false;
    QStringList forms; // one entry for a plain message, one per numerus form otherwise
};

struct TsFile
{
    QString language, error;
    QList<TsMessage> messages;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QStringLiteral("TS")) {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (name == QStringLiteral("message")) {
            m = TsMessage{
                context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes"), {}};
        } else if (name == QStringLiteral("source")) {
            m.source = xml.readElementText();
        } else if (name == QStringLiteral("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QStringLiteral("translation")) {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QStringLiteral("numerusform"))
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText();
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

/// Qt's mnemonics: a single '&' before a letter or digit; "&&" is a literal ampersand.
int mnemonics(QString text)
{
    static const QRegularExpression re(QStringLiteral("&(?=[\\p{L}\\p{N}])"));
    text.replace(QLatin1String("&&"), QString());
    return int(text.count(re));
}

QString tsPath(const QString &lang)
{
    return qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/translations/provstation_%1.ts").arg(lang);
}

QString qmPath(const QString &lang)
{
    return qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/../translations/provstation_%1.qm").arg(lang);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyStringInTheSourcesIsInTheTranslations()
    {
        // lupdate over today's sources into a copy of each .ts: a tr() string that nobody has
        // translated yet shows up as unfinished (the files in the tree may be out of date).
        const QString src = qEnvironmentVariable("PROVSTATION_SOURCE_DIR");
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        QVERIFY2(QFileInfo::exists(lupdate), "lupdate is required (apt-get install qt6-l10n-tools)");
        QTemporaryDir dir;
        for (const char *lang : {"de", "zh_CN"}) {
            const QString copy = dir.filePath(QStringLiteral("provstation_%1.ts").arg(QLatin1String(lang)));
            QVERIFY(
                QFile::copy(src + QStringLiteral("/translations/provstation_%1.ts").arg(QLatin1String(lang)), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QProcess p;
            p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), src + QStringLiteral("/core"), src + QStringLiteral("/ui"),
                              src + QStringLiteral("/app"), QStringLiteral("-ts"), copy});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const TsFile ts = readTs(copy);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QStringList missing;
            for (const TsMessage &m : ts.messages) {
                if (m.type == QLatin1String("unfinished") || m.forms.join(QString()).isEmpty())
                    missing << m.context + u'|' + m.source;
            }
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: not translated: %2 (run update_translations, "
                                                                  "then translations/fill.py)")
                                                       .arg(QLatin1String(lang), missing.join(QStringLiteral("; ")))));
        }
    }

    void everyMessageIsTranslatedWithItsPlaceholdersAndMnemonic_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }
    void everyMessageIsTranslatedWithItsPlaceholdersAndMnemonic()
    {
        QFETCH(QString, lang);
        QFETCH(int, numerusForms);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(tsPath(lang) + QStringLiteral(": ") + ts.error));
        QCOMPARE(ts.language, lang);
        QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));

        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source + u'"';
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(": type=") + m.type;
                continue;
            }
            if (m.numerus && m.forms.size() != numerusForms)
                problems << where +
                                QStringLiteral(": %1 numerus forms, %2 needed").arg(m.forms.size()).arg(numerusForms);
            for (const QString &form : m.forms) {
                if (form.isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                QSet<QString> want = placeholders(m.source), got = placeholders(form);
                if (m.numerus) { // a singular form may spell the number out
                    want.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (want != got)
                    problems << where + QStringLiteral(": placeholders differ in \"") + form + u'"';
                if (mnemonics(form) != mnemonics(m.source) || mnemonics(form) > 1)
                    problems << where + QStringLiteral(": %1 mnemonic(s) in \"%2\", source has %3")
                                            .arg(mnemonics(form))
                                            .arg(form)
                                            .arg(mnemonics(m.source));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2 (run translations/fill.py):\n")
                                                    .arg(problems.size())
                                                    .arg(tsPath(lang)) +
                                                problems.mid(0, 25).join(u'\n')));
    }

    void compiledCatalogueHoldsEveryTranslationOfTheTsFile_data()
    {
        everyMessageIsTranslatedWithItsPlaceholdersAndMnemonic_data();
    }
    void compiledCatalogueHoldsEveryTranslationOfTheTsFile()
    {
        QFETCH(QString, lang);
        QTranslator qm;
        QVERIFY2(qm.load(qmPath(lang)), qPrintable(qmPath(lang) + QStringLiteral(" (build provstation_lrelease)")));
        QCOMPARE(qm.language(), lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList stale;
        for (const TsMessage &m : ts.messages) {
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8(), cmt = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : cmt.constData();
            if (!m.numerus) {
                if (qm.translate(ctx, src, disambiguation) != m.forms.value(0))
                    stale << m.context + QStringLiteral(" \"") + m.source + u'"';
                continue;
            }
            // German: 1 -> singular form, 2 -> plural form; Chinese has one form for every n.
            for (int i = 0; i < m.forms.size(); ++i) {
                if (qm.translate(ctx, src, disambiguation, i + 1) != m.forms[i])
                    stale << m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\" form ") +
                                 QString::number(i);
            }
        }
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 is older than the .ts (%2 messages differ), e.g.\n")
                                                 .arg(qmPath(lang))
                                                 .arg(stale.size()) +
                                             stale.mid(0, 10).join(u'\n')));
    }

    void installedCatalogueTranslatesTheWindowTheWizardAndTheCli()
    {
        struct Expect
        {
            const char *context, *source;
            int n;
            QString de, zh;
        };
        const QList<Expect> expected = {
            {"HubPage", "Give the profile a name.", -1, QStringLiteral("Geben Sie dem Profil einen Namen."),
             QStringLiteral("请为配置文件命名。")},
            {"MainWindow", "&File", -1, QStringLiteral("&Datei"), QStringLiteral("文件(&F)")},
            {"ProvisionPage", "&Start", -1, QStringLiteral("&Starten"), QStringLiteral("开始(&S)")},
            {"ResultPage", "PASS", -1, QStringLiteral("OK"), QStringLiteral("通过")},
            {"cli", "Commands:", -1, QStringLiteral("Befehle:"), QStringLiteral("命令：")},
            {"CertificateSummaryWidget", "%n certificate(s)", 1, QStringLiteral("1 Zertifikat"),
             QStringLiteral("1 个证书")},
            {"CertificateSummaryWidget", "%n certificate(s)", 3, QStringLiteral("3 Zertifikate"),
             QStringLiteral("3 个证书")},
        };
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QTranslator qm;
            QVERIFY2(qm.load(qmPath(lang)), qPrintable(qmPath(lang)));
            QVERIFY(QCoreApplication::installTranslator(&qm));
            for (const Expect &e : expected)
                QCOMPARE(QCoreApplication::translate(e.context, e.source, nullptr, e.n),
                         lang == QStringLiteral("de") ? e.de : e.zh);
            QVERIFY(QCoreApplication::removeTranslator(&qm));
        }
        QCOMPARE(QCoreApplication::translate("HubPage", "Give the profile a name."),
                 QStringLiteral("Give the profile a name."));
    }

    void installSwitchesQtsOwnStringsEvenWithoutTheStationsCatalogue()
    {
        // tst_unit does not embed :/i18n, so only Qt's qtbase catalogue can load here: exactly the
        // case where install() used to return early without installing it.
        auto &app = *QCoreApplication::instance();
        const bool embedded = QFile::exists(QStringLiteral(":/i18n/provstation_de.qm"));
        const struct
        {
            QString lang, next;
        } steps[] = {
            {QStringLiteral("de"), QStringLiteral("Weiter")},
            {QStringLiteral("zh_CN"), QStringLiteral("下一步")},
            {QStringLiteral("de"), QStringLiteral("Weiter")},
        };
        for (const auto &step : steps) {
            const QString installed = i18n::install(app, step.lang);
            QCOMPARE(installed, embedded ? step.lang : QStringLiteral("en"));
            const QString next = QCoreApplication::translate("QWizard", "&Next >");
            QVERIFY2(next.contains(step.next), qPrintable(step.lang + QStringLiteral(": ") + next));
        }
        // English (the app passes "C" for it): neither catalogue stays installed.
        QCOMPARE(i18n::install(app, QStringLiteral("C")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Next >"));
        QCOMPARE(QCoreApplication::translate("HubPage", "Give the profile a name."),
                 QStringLiteral("Give the profile a name."));
    }

    void cleanupTestCase() { i18n::install(*QCoreApplication::instance(), QStringLiteral("C")); }
};

PS_REGISTER_TEST(TranslationsTest);
#include "tst_translations.moc"
