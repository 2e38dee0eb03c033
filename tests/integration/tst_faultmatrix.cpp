// Issue 12, "Prove it": every uxsim fault in every flow ends as tests/integration/data/fault-matrix.tsv
// says (pass, or the cause), with one result row in the database. The cells run side by side, each
// on its own local Azure and uxsim (fast latency model); every wrong cell is reported, not only the
// first.

#include "faultcell.h"
#include "provisioning/result.h"
#include "testregistry.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const QStringList kFlows{QStringLiteral("dps-x509"), QStringLiteral("dps-symmetric"), QStringLiteral("hub-x509"),
                         QStringLiteral("hub-sas")};

struct MatrixRow
{
    int line = 0;
    QStringList args;  ///< uxsim arguments
    QStringList cells; ///< per flow: "pass", a cause code, or "-" (not run)
    QString why;
};

QString matrixPath()
{
    return qEnvironmentVariable("PROVSTATION_SOURCE_DIR") + QStringLiteral("/tests/integration/data/fault-matrix.tsv");
}

/// The matrix file: a header naming the flows, then one fault a line (tab separated).
QList<MatrixRow> readMatrix(QString *error)
{
    QFile f(matrixPath());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return {};
    }
    QList<MatrixRow> rows;
    bool header = false;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList columns = text.split(u'\t');
        if (!header) {
            if (columns.mid(1, 4) != kFlows) {
                *error = QStringLiteral("line %1: the header must name the flows %2").arg(line).arg(kFlows.join(u' '));
                return {};
            }
            header = true;
            continue;
        }
        if (columns.size() != 6) {
            *error = QStringLiteral("line %1: 6 tab-separated columns expected, got %2").arg(line).arg(columns.size());
            return {};
        }
        MatrixRow row{line, columns[0].split(u' ', Qt::SkipEmptyParts), columns.mid(1, 4), columns[5]};
        for (const QString &cell : row.cells) {
            if (cell != u"pass" && cell != u"-" && causeFromCode(cell) == Cause::Other) {
                *error = QStringLiteral("line %1: \"%2\" is neither pass, - nor a cause code").arg(line).arg(cell);
                return {};
            }
        }
        rows.append(row);
    }
    return rows;
}

/// The fault names uxsim knows, from its own refusal of an unknown one.
QStringList uxsimFaults()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(qEnvironmentVariable("PROVSTATION_BIN_DIR") + QStringLiteral("/uxsim"),
            {QStringLiteral("--link"), dir.filePath(QStringLiteral("tty")), QStringLiteral("--fault"),
             QStringLiteral("no-such-fault")});
    if (!p.waitForFinished(10000))
        return {};
    const QString text = QString::fromUtf8(p.readAllStandardError());
    const auto m = QRegularExpression(QStringLiteral("known: ([^)]*)\\)")).match(text);
    return m.hasMatch() ? m.captured(1).split(QStringLiteral(", ")) : QStringList();
}

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT
private slots:
    void theMatrixCoversEveryFaultInEveryFlow()
    {
        QString error;
        const QList<MatrixRow> rows = readMatrix(&error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        const QStringList names = uxsimFaults();
        QVERIFY2(names.size() >= 14, qPrintable(names.join(u',')));
        // Every fault, crashed-host kind and offline-peer answer, in each of the four flows.
        QStringList wanted;
        for (const QString &n : names)
            wanted << QStringLiteral("--fault ") + n;
        for (const char *kind : {"answer", "upload", "edm", "data"})
            wanted << QStringLiteral("--crashed-host ") + QLatin1String(kind);
        for (const char *mode : {"deferred", "error"})
            wanted << QStringLiteral("--offline-peer ") + QLatin1String(mode);
        wanted << QStringLiteral("--urcs-during-upload hold");
        QStringList missing;
        for (const QString &w : wanted) {
            for (int flow = 0; flow < kFlows.size(); ++flow) {
                const bool covered = std::any_of(rows.begin(), rows.end(), [&](const MatrixRow &r) {
                    const QString joined = r.args.join(u' ') + u' ';
                    return r.cells[flow] != u"-" &&
                           (joined.contains(w + u' ') || joined.contains(w + u'@') || joined.contains(w + u'='));
                });
                if (!covered)
                    missing << QStringLiteral("%1 in %2").arg(w, kFlows[flow]);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the matrix: ") + missing.join(u", ")));
    }

    void everyCellEndsAsTheMatrixSays()
    {
        QString error;
        const QList<MatrixRow> rows = readMatrix(&error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        struct Expect
        {
            const MatrixRow *row;
            QString flow, expected;
        };
        QList<Expect> expects;
        QList<faults::Cell *> cells;
        QObject owner;
        for (const MatrixRow &row : rows) {
            for (int flow = 0; flow < kFlows.size(); ++flow) {
                if (row.cells[flow] == u"-")
                    continue;
                faults::Cell::Setup setup;
                setup.options.flow = *Profile::flowFromName(kFlows[flow]);
                setup.options.uxsimArgs = row.args;
                setup.prepare = [](Simulation &, Profile &p) {
                    // Shorter deadlines than a line's, so that a cell that waits out one stays short.
                    p.timeouts.commandMs = 2000;
                    p.timeouts.uploadMs = 4000;
                    p.timeouts.requestMs = 2000;
                    p.timeouts.peerMs = 10000;
                    p.timeouts.wifiMs = 10000;
                    p.timeouts.dpsMs = 20000;
                    return QString();
                };
                expects.append({&row, kFlows[flow], row.cells[flow]});
                cells.append(new faults::Cell(setup, &owner));
            }
        }
        // Four cells at a time: each is mostly waiting (fast model), two cores carry them.
        const int parallel = qEnvironmentVariableIsSet("FAULT_MATRIX_JOBS")
                                 ? qBound(1, qEnvironmentVariableIntValue("FAULT_MATRIX_JOBS"), 16)
                                 : 4;
        QElapsedTimer clock;
        clock.start();
        const bool all = faults::runAll(cells, parallel, 280000);
        QStringList wrong;
        QStringList table;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const faults::Cell *c = cells[i];
            const Expect &e = expects[i];
            const ResultRow &r = c->row();
            const QString got = !c->isDone()                 ? QStringLiteral("(unfinished)")
                                : !c->error().isEmpty()      ? QStringLiteral("(error: %1)").arg(c->error())
                                : r.passed()                 ? QStringLiteral("pass")
                                : r.outcome == Outcome::Fail ? causeCode(r.cause)
                                                             : outcomeName(r.outcome);
            const QString where =
                QStringLiteral("line %1 %2 × %3").arg(e.row->line).arg(e.row->args.join(u' '), e.flow);
            table << QStringLiteral("%1: %2 in %3 ms").arg(where, got).arg(c->elapsedMs());
            if (got != e.expected)
                wrong << QStringLiteral("%1: expected %2, got %3 (%4)").arg(where, e.expected, got, r.causeMessage);
            else if (c->isDone() && !c->recorded())
                wrong << QStringLiteral("%1: no result row was recorded").arg(where);
            else if (got == u"pass" && !c->telemetrySeen())
                wrong << QStringLiteral("%1: passed, but the hub did not receive the test message").arg(where);
        }
        qInfo().noquote() << QStringLiteral("%1 cells in %2 s:\n").arg(cells.size()).arg(clock.elapsed() / 1000) +
                                 table.join(u'\n');
        if (!wrong.isEmpty()) // the whole list (a failure message is cut short)
            qInfo().noquote() << QStringLiteral("wrong cells:\n") + wrong.join(u'\n');
        QVERIFY2(all, "not every cell finished within the test's deadline");
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 cells are wrong:\n").arg(wrong.size()).arg(cells.size()) +
                            wrong.join(u'\n')));
    }
};

PS_REGISTER_TEST(FaultMatrixTest);
#include "tst_faultmatrix.moc"
