// provstation-cli label --result ID --to tcp://HOST:PORT|file:PATH: (re)prints the label of one
// recorded module, with the label template of a profile (or the default one).

#include "cli.h"
#include "label/labelprinter.h"
#include "label/labeltarget.h"
#include "provisioning/profile.h"
#include "provisioning/resultstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/// Prints one label and waits for the printer's answer (30 s at most); the error, or empty.
QString printAndWait(const label::LabelTemplate &tpl, const label::LabelData &data, const QString &target,
                     QString *where)
{
    label::LabelPrinter printer;
    QEventLoop loop;
    QString failure;
    QObject::connect(&printer, &label::LabelPrinter::printed, &loop,
                     [&](int, const label::LabelData &, const QString &w) { *where = w; });
    QObject::connect(&printer, &label::LabelPrinter::failed, &loop,
                     [&](int, const label::LabelData &, const QString &e) { failure = e; });
    QObject::connect(&printer, &label::LabelPrinter::idle, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        failure = tr("the label was not printed within 30 s");
        loop.quit();
    });
    printer.print(tpl, data, target);
    deadline.start(30000);
    loop.exec();
    return failure;
}

} // namespace

int labelCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Print the label of a recorded module (the id that 'results list --json' prints):\n"
           "  label --result ID --to tcp://HOST:PORT|file:PATH [--profile FILE] [--db PATH]\n"
           "file: paths end in .zpl, .pdf or .png and may hold placeholders such as {device_id}."));
    p.addHelpOption();
    p.addOption({QStringLiteral("result"), tr("The result's id."), tr("ID")});
    p.addOption({QStringLiteral("to"), tr("Where the label goes: tcp://HOST:PORT (ZPL) or file:PATH."), tr("TARGET")});
    p.addOption({QStringLiteral("profile"),
                 tr("Take the label template from this profile (default: the built-in one)."), tr("FILE")});
    p.addOption(
        {QStringLiteral("db"), tr("Results database (default: %1).").arg(ResultStore::defaultPath()), tr("PATH")});
    p.addOption({QStringLiteral("json"), tr("Print a JSON object.")});
    if (!parse(p, args))
        return Usage;
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("result")).toLongLong(&ok);
    if (!p.isSet(QStringLiteral("result")) || !ok || id <= 0)
        return fail(tr("label needs --result ID, a positive number ('results list --json' prints the ids)"));
    if (!p.isSet(QStringLiteral("to")))
        return fail(tr("label needs --to tcp://HOST:PORT or --to file:PATH"));
    const auto target = label::LabelTarget::parse(p.value(QStringLiteral("to")));
    if (!target)
        return fail(tr("--to: %1").arg(target.error()));
    if (target->kind == label::LabelTarget::Kind::Cups)
        return fail(tr("--to: CUPS printers are printed to from the station window; use tcp:// or file: here"));
    label::LabelTemplate tpl;
    if (p.isSet(QStringLiteral("profile"))) {
        QString error;
        const auto profile = Profile::load(p.value(QStringLiteral("profile")), &error);
        if (!profile)
            return fail(error);
        tpl = profile->label;
    }
    const QString db = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : ResultStore::defaultPath();
    if (!QFileInfo::exists(db))
        return fail(tr("no results database at %1 (nothing provisioned yet?)").arg(db), Failed);
    ResultStore store;
    QString error;
    if (!store.open(db, &error))
        return fail(error, Failed);
    const auto row = store.get(id);
    if (!row)
        return fail(tr("there is no result %1 in %2 ('results list --json' prints the ids)").arg(id).arg(db), Failed);
    if (!row->passed())
        return fail(tr("result %1 (%2) did not pass (%3): labels are for modules that passed")
                        .arg(id)
                        .arg(row->deviceId.isEmpty() ? row->port : row->deviceId, outcomeName(row->outcome)),
                    Failed);

    const label::LabelData data = label::LabelData::fromResult(*row);
    QString where;
    const QString failure = printAndWait(tpl, data, target->toString(), &where);
    if (!failure.isEmpty())
        return fail(failure, Failed);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = data.toJson();
        o.insert(QStringLiteral("printed_to"), where);
        printJson(o);
    } else {
        out() << tr("printed the label of %1 (MAC %2) to %3").arg(data.deviceId, data.mac, where) << '\n';
    }
    return Ok;
}

} // namespace cli
