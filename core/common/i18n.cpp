#include "common/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace i18n {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString install(QCoreApplication &app, const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    if (ours) {
        QCoreApplication::removeTranslator(ours);
        QCoreApplication::removeTranslator(qt);
    } else {
        ours = new QTranslator(&app);
        qt = new QTranslator(&app);
    }
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("PROVSTATION_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);

    // Qt's own strings (wizard buttons, button boxes, file dialogs) come from the system's qtbase
    // catalogue, independently of ours: a locale the station has no catalogue for still gets them.
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    if (!ours->load(locale, QStringLiteral("provstation"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // The station's own strings stay English; dates and numbers too, unless the system's
        // locale is an English one already.
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English ? system
                                                                  : QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Dates and numbers (QLocale().toString) in the chosen language, not the system's.
    QLocale::setDefault(QLocale(ours->language()));
    return ours->language();
}

} // namespace i18n
