#include "common/i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // --version must work on a machine without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("provstation %s\n", PROVSTATION_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("provstation"));
    QApplication::setOrganizationName(QStringLiteral("ProvisioningStation"));
    QApplication::setApplicationVersion(QStringLiteral(PROVSTATION_VERSION));
    i18n::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Provisioning station for u-connectXpress modules and Azure IoT"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
