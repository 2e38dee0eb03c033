#!/usr/bin/env bash
# Rebuilds results-v1.sqlite: a results database written by the release before schema 2 (commit
# 815e973, ResultStore schema 1), with the code of that release, so the migration test upgrades
# what a station in the field really has on disk. Run from the repository root; needs git, g++,
# qt6-base-dev. The fixture is committed; run this only to make it again.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" archive 815e973 core/provisioning/resultstore.h core/provisioning/resultstore.cpp \
    core/common/logging.h core/common/logging.cpp | tar -x -C "$work"
cat > "$work/main.cpp" <<'CPP'
// Writes the fixture with the schema-1 ResultStore: a pass, a failure with steps and odd text, and
// a row left "running" (a station killed mid-attempt).
#include "provisioning/resultstore.h"
#include <QCoreApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ResultStore store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDateTime t0(QDate(2026, 11, 20), QTime(8, 0, 0, 125), Qt::UTC);
    ResultRow pass;
    pass.station = QStringLiteral("line1-pc2");
    pass.operatorName = QStringLiteral("Zoë Müller");
    pass.port = QStringLiteral("/dev/ttyUSB0");
    pass.slot = 0;
    pass.profileName = QStringLiteral("factory, DPS");
    pass.profileHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    pass.flow = QStringLiteral("dps-x509");
    pass.model = QStringLiteral("NINA-W152");
    pass.firmware = QStringLiteral("3.1.0-025");
    pass.mac = QStringLiteral("D4CA6E000001");
    pass.registrationId = QStringLiteral("nina-w15-d4ca6e000001");
    pass.deviceId = pass.registrationId;
    pass.assignedHub = QStringLiteral("factory-hub.azure-devices.net");
    pass.operationId = QStringLiteral("4.0123456789abcdef.00000000-0000-0000-0000-000000000001");
    pass.substatus = QStringLiteral("initialAssignment");
    pass.certificateSerial = QStringLiteral("4A3F00C1");
    pass.certificateThumbprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    pass.outcome = QStringLiteral("pass");
    pass.steps = {{QStringLiteral("open"), 12, QStringLiteral("pass"), {}},
                  {QStringLiteral("identify"), 230, QStringLiteral("pass"), QStringLiteral("NINA-W152 3.1.0")},
                  {QStringLiteral("dps"), 4210, QStringLiteral("pass"), {}}};
    pass.started = t0;
    pass.finished = t0.addMSecs(27480);
    pass.id = store.begin(pass);
    store.finish(pass);

    ResultRow fail = pass;
    fail.slot = 1;
    fail.port = QStringLiteral("/dev/ttyUSB1");
    fail.mac = QStringLiteral("D4CA6E000002");
    fail.registrationId = QStringLiteral("nina-w15-d4ca6e000002");
    fail.deviceId = fail.registrationId;
    fail.assignedHub.clear();
    fail.operationId.clear();
    fail.substatus.clear();
    fail.outcome = QStringLiteral("fail");
    fail.cause = QStringLiteral("wrong Wi-Fi password, \"lab\"\nsecond line");
    fail.causeCode = QStringLiteral("wifi_auth");
    fail.steps = {{QStringLiteral("open"), 11, QStringLiteral("pass"), {}},
                  {QStringLiteral("wifi"), 15003, QStringLiteral("fail"), QStringLiteral("reason 3")}};
    fail.started = t0.addSecs(60);
    fail.finished = fail.started.addMSecs(15100);
    fail.id = store.begin(fail);
    store.finish(fail);

    ResultRow left = pass;
    left.slot = 2;
    left.port = QStringLiteral("/dev/ttyUSB2");
    left.mac = QStringLiteral("D4CA6E000003");
    left.started = t0.addSecs(120);
    left.steps.clear();
    store.begin(left); // never finished: the station was killed
    return 0;
}
CPP
moc=/usr/lib/qt6/libexec/moc
"$moc" -I"$work/core" "$work/core/provisioning/resultstore.cpp" -o "$work/core/provisioning/resultstore.moc"
"$moc" -I"$work/core" "$work/core/provisioning/resultstore.h" -o "$work/moc_resultstore.cpp"
# shellcheck disable=SC2046
g++ -std=c++20 -fPIC -I"$work/core" -I"$work/core/provisioning" $(pkg-config --cflags Qt6Core Qt6Sql) \
    "$work/main.cpp" "$work/core/provisioning/resultstore.cpp" "$work/core/common/logging.cpp" "$work/moc_resultstore.cpp" \
    -o "$work/writer" $(pkg-config --libs Qt6Core Qt6Sql)
rm -f "$work/results-v1.sqlite"
"$work/writer" "$work/results-v1.sqlite"
# The writer closed its connection, so SQLite folded the WAL back into the file.
cp "$work/results-v1.sqlite" "$here/results-v1.sqlite"
echo "wrote $here/results-v1.sqlite"
