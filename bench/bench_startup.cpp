// `provstation --simulate 1` to a usable window (issue 13, budget 0.5 s), measured on the real
// binary. "Usable" means: the main window has been painted at least once AND the simulated port
// is in the station (local Azure and uxsim answered, the profile is loaded), so the operator can
// press Start. The app prints each stage with the monotonic clock when PROVSTATION_STARTUP_TRACE is
// set (app/gui/startuptrace.h); this bench starts it N times offscreen and prints the medians of
// each stage, measured from just before the process was started.
//
//   bench_startup [runs]      (default 5)

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, std::atoi(argv[1])) : 5;
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/provstation");
    const char *stages[] = {"main", "shown", "painted", "simulation", "usable"};
    QHash<QString, QList<double>> ms;
    std::printf("Start-up benchmark: provstation --simulate 1, QT_QPA_PLATFORM=offscreen, %d runs, fresh settings\n",
                runs);
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home; // fresh settings and keyring-less: what a first start sees
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("PROVSTATION_STARTUP_TRACE"), QStringLiteral("quit"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 t0 = nowNs();
        p.start(binary, {QStringLiteral("--simulate"), QStringLiteral("1")});
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            std::printf("  run %d: did not quit within 60 s\n", i + 1);
            return 1;
        }
        QStringList line;
        for (const QByteArray &l : p.readAllStandardError().split('\n')) {
            const QList<QByteArray> w = l.trimmed().split(' ');
            if (w.size() == 3 && w[0] == "provstation-startup") {
                const double v = double(w[2].toLongLong() - t0) / 1e6;
                ms[QString::fromLatin1(w[1])] << v;
                line << QStringLiteral("%1 %2").arg(QString::fromLatin1(w[1])).arg(v, 0, 'f', 0);
            }
        }
        std::printf("  run %d: %s ms\n", i + 1, qPrintable(line.join(QStringLiteral(", "))));
        if (!line.join(u' ').contains(u"usable")) {
            std::printf("  run %d never became usable (exit %d)\n", i + 1, p.exitCode());
            return 1;
        }
    }
    std::printf("\n  | stage (from exec) | median ms |\n  |---|---|\n");
    for (const char *s : stages)
        std::printf("  | %s | %.0f |\n", s, median(ms.value(QString::fromLatin1(s))));
    const double usable = median(ms.value(QStringLiteral("usable")));
    std::printf("  usable window: %.0f ms (budget 500 ms) -> %s\n", usable,
                usable <= 500 ? "within budget" : "OVER BUDGET");
    return 0;
}
