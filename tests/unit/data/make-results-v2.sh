#!/usr/bin/env bash
# Rebuilds results-v2.sqlite: a results database written by the release before schema 3 (commit
# 0eee8ad, ResultStore schema 2: line ids, {seq} numbers, durations), with the code of that release,
# so the migration test upgrades what a line's station really has on disk. Run from the
# repository root; needs git, g++, qt6-base-dev. The fixture is committed; run this only to make
# it again.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" archive 0eee8ad core/provisioning/resultstore.h core/provisioning/resultstore.cpp \
    core/provisioning/resultwriter.cpp core/provisioning/result.h core/provisioning/result.cpp \
    core/provisioning/resultsurl.h core/provisioning/resultsurl.cpp core/common/expected.h \
    core/common/logging.h core/common/logging.cpp | tar -x -C "$work"
cat > "$work/main.cpp" <<'CPP'
// Writes the fixture with the schema-2 ResultStore: two passes on a line with {seq} numbers (one
// with a certificate), a failure, and a row left "running" (a station killed mid-attempt).
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
    const QDateTime t0(QDate(2026, 11, 28), QTime(6, 30, 0, 250), Qt::UTC);
    ResultRow pass;
    pass.station = QStringLiteral("line3-pc1");
    pass.lineId = QStringLiteral("line3");
    pass.operatorName = QStringLiteral("Zoë Müller");
    pass.port = QStringLiteral("/dev/ttyUSB0");
    pass.slot = 0;
    pass.profileName = QStringLiteral("line 3, DPS");
    pass.profileHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    pass.flow = QStringLiteral("dps-x509");
    pass.model = QStringLiteral("NINA-W152");
    pass.firmware = QStringLiteral("3.1.0-025");
    pass.mac = QStringLiteral("D4CA6E000011");
    pass.registrationId = QStringLiteral("line3-000001");
    pass.deviceId = pass.registrationId;
    pass.assignedHub = QStringLiteral("factory-hub.azure-devices.net");
    pass.operationId = QStringLiteral("4.0123456789abcdef.00000000-0000-0000-0000-000000000011");
    pass.substatus = QStringLiteral("initialAssignment");
    pass.certificateSerial = QStringLiteral("5B2E00C1");
    pass.certificateThumbprint = QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");
    pass.outcome = Outcome::Pass;
    pass.steps = {{Step::Open, 12, StepOutcome::Pass, {}},
                  {Step::Identify, 230, StepOutcome::Pass, QStringLiteral("NINA-W152 3.1.0")},
                  {Step::Dps, 4210, StepOutcome::Pass, {}}};
    pass.started = t0;
    pass.finished = t0.addMSecs(26110);
    pass.id = store.begin(pass, &pass.seq);
    store.finish(pass);

    ResultRow fail = pass;
    fail.slot = 1;
    fail.port = QStringLiteral("/dev/ttyUSB1");
    fail.mac = QStringLiteral("D4CA6E000012");
    fail.registrationId = QStringLiteral("line3-000002");
    fail.deviceId = fail.registrationId;
    fail.assignedHub.clear();
    fail.operationId.clear();
    fail.substatus.clear();
    fail.certificateSerial.clear();
    fail.certificateThumbprint.clear();
    fail.outcome = Outcome::Fail;
    fail.cause = Cause::WifiAuth;
    fail.causeMessage = QStringLiteral("wrong Wi-Fi password, \"lab\"\nsecond line");
    fail.steps = {{Step::Open, 11, StepOutcome::Pass, {}}, {Step::Wifi, 15003, StepOutcome::Fail, {}}};
    fail.started = t0.addSecs(60);
    fail.finished = fail.started.addMSecs(15100);
    fail.id = store.begin(fail, &fail.seq);
    store.finish(fail);

    ResultRow left = pass;
    left.slot = 2;
    left.port = QStringLiteral("/dev/ttyUSB2");
    left.mac = QStringLiteral("D4CA6E000013");
    left.started = t0.addSecs(120);
    left.steps.clear();
    store.begin(left); // never finished: the station was killed
    return 0;
}
CPP
moc=/usr/lib/qt6/libexec/moc
"$moc" -I"$work/core" "$work/core/provisioning/resultstore.h" -o "$work/moc_resultstore.cpp"
"$moc" -I"$work/core" "$work/core/provisioning/resultwriter.cpp" -o "$work/core/provisioning/resultwriter.moc"
# shellcheck disable=SC2046
g++ -std=c++20 -fPIC -I"$work/core" -I"$work/core/provisioning" $(pkg-config --cflags Qt6Core Qt6Sql) \
    "$work/main.cpp" "$work/core/provisioning/resultstore.cpp" "$work/core/provisioning/resultwriter.cpp" \
    "$work/core/provisioning/result.cpp" "$work/core/provisioning/resultsurl.cpp" \
    "$work/core/common/logging.cpp" "$work/moc_resultstore.cpp" \
    -o "$work/writer" $(pkg-config --libs Qt6Core Qt6Sql)
rm -f "$work/results-v2.sqlite"
"$work/writer" "$work/results-v2.sqlite"
# The writer closed its connection, so SQLite folded the WAL back into the file.
cp "$work/results-v2.sqlite" "$here/results-v2.sqlite"
echo "wrote $here/results-v2.sqlite"
