#pragma once

#include <QString>

class QCoreApplication;

namespace i18n {

/// Loads the station's and Qt's own translations for @p language ("de", "zh_CN"), or for the
/// system locale when empty. PROVSTATION_LANG in the environment overrides the system locale.
/// Returns the language actually installed ("en" when none matched).
QString install(QCoreApplication &app, const QString &language = {});

/// Languages shipped with the station (besides English).
QStringList available();

} // namespace i18n
