// Entry point of every test executable:
//   tst_x <Class> [QtTest options]   run one registered class
//   tst_x --list                     print the registered classes
//   tst_x --expect A,B,C             fail unless exactly these classes are registered

#include "pki/library.h"
#include "testregistry.h"

#include <QApplication>
#include <QStringList>
#include <QTest>

#include <cstdio>

namespace testregistry {
std::map<std::string, Factory> &all()
{
    static std::map<std::string, Factory> registry;
    return registry;
}
} // namespace testregistry

int main(int argc, char *argv[])
{
    pki::initLibrary(); // as the applications do (pki/library.h)
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    const auto &registry = testregistry::all();
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <TestClass>|--list|--expect A,B\n", argv[0]);
        return 2;
    }
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == QLatin1String("--list")) {
        for (const auto &[name, factory] : registry)
            std::printf("%s\n", name.c_str());
        return 0;
    }
    if (first == QLatin1String("--expect") && argc == 3) {
        QStringList expected = QString::fromLocal8Bit(argv[2]).split(u',', Qt::SkipEmptyParts);
        QStringList registered;
        for (const auto &[name, factory] : registry)
            registered.append(QString::fromStdString(name));
        expected.sort();
        registered.sort();
        if (expected != registered) {
            std::fprintf(stderr, "registered test classes %s differ from the CMake list %s\n",
                         qPrintable(registered.join(u',')), qPrintable(expected.join(u',')));
            return 1;
        }
        std::printf("%lld test classes registered as listed\n", qlonglong(registered.size()));
        return 0;
    }
    const auto it = registry.find(argv[1]);
    if (it == registry.end()) {
        std::fprintf(stderr, "no test class named %s\n", argv[1]);
        return 2;
    }
    std::unique_ptr<QObject> test = it->second();
    // Hand QtTest the program name plus the remaining options.
    QList<char *> rest{argv[0]};
    for (int i = 2; i < argc; ++i)
        rest.append(argv[i]);
    return QTest::qExec(test.get(), int(rest.size()), rest.data());
}
