#include "results/resultsview.h"

#include "common/logging.h"
#include "label/labelprinter.h"
#include "provisioning/station.h"
#include "results/linestatsview.h"
#include "results/resultsmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPageRows = 200; // rows a page brings: a screenful or two, whatever the history holds

/// The hub's word about a device (ResultRow::cloudCheck holds the stable name), for people.
QString cloudCheckText(const QString &name)
{
    if (name == QLatin1String("seen"))
        return ResultsView::tr("seen by the hub");
    if (name == QLatin1String("registered"))
        return ResultsView::tr("registered in the hub, no activity reported yet");
    if (name == QLatin1String("not_registered"))
        return ResultsView::tr("not registered in the hub");
    if (name == QLatin1String("wrong_auth"))
        return ResultsView::tr("the hub's identity does not accept the module's credential");
    if (name == QLatin1String("disabled"))
        return ResultsView::tr("disabled in the hub");
    if (name == QLatin1String("unknown"))
        return ResultsView::tr("the hub could not be asked");
    return name;
}

} // namespace

ResultsView::ResultsView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsView"));
    if (const auto url = ResultsUrl::parse(databasePath))
        m_url = *url;
    else
        m_urlError = url.error();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeBar());

    m_model = new ResultsModel(this);
    // The filter goes to the database a moment after the last key: one query per word, not per key.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, [this] { load(true); });
    connect(m_model, &ResultsModel::fetchRequested, this, [this] { load(false); });
    connect(m_model, &ResultsModel::sortRequested, this, [this](ResultQuery::Sort sort, bool descending) {
        ResultQuery q = m_model->query();
        q.sort = sort;
        q.descending = descending;
        m_model->setQuery(q);
        load(true);
    });

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *splitter = new QSplitter(Qt::Horizontal, vertical);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(ResultsModel::Id, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsView::showDetails);
    // Reprint label: the button, the row's context menu and Ctrl+P are one action.
    m_reprintAction = new QAction(tr("Reprint la&bel"), this);
    m_reprintAction->setObjectName(QStringLiteral("reprintAction"));
    m_reprintAction->setShortcut(QKeySequence::Print);
    m_reprintAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reprintAction);
    connect(m_reprintAction, &QAction::triggered, this, &ResultsView::reprintSelected);
    connect(m_reprint, &QPushButton::clicked, m_reprintAction, &QAction::trigger);
    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(QStringLiteral("resultsRowMenu"));
    m_rowMenu->addAction(m_reprintAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResultsView::showRowMenu);

    // The attempt's details scroll: with the chart below, the tab must still fit 1280x800 in any
    // language (the German labels make the pane taller than the table needs).
    auto *detailScroll = new QScrollArea(splitter);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(makeDetailPane(detailScroll));
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stats = new LineStatsView(vertical);
    vertical->addWidget(splitter);
    vertical->addWidget(m_stats);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_reprint);
    setTabOrder(m_reprint, m_table);
    setTabOrder(m_table, m_steps);

    connect(&m_pageWatcher, &QFutureWatcher<Page>::finished, this, &ResultsView::onPage);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, &ResultsView::onExported);
    connect(m_refresh, &QPushButton::clicked, this, &ResultsView::refresh);
    connect(m_export, &QPushButton::clicked, this, &ResultsView::exportClicked);
    showDetails();
    // After the caller had its say (follow() brings the station's database with its password).
    QTimer::singleShot(0, this, [this] {
        if (!m_following)
            refresh();
    });
}

QHBoxLayout *ResultsView::makeBar()
{
    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("MAC, device ID, PASS/FAIL, cause, station… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    auto *focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Reload the history from the database (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the whole history to a CSV file"));
    m_reprint = new QPushButton(tr("Reprint la&bel"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(tr("Print the selected module's label again (Ctrl+P), with the profile's label template "
                             "and printer"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    bar->addWidget(m_reprint);
    bar->addWidget(m_busy);
    bar->addWidget(m_status);
    return bar;
}

QWidget *ResultsView::makeDetailPane(QWidget *parent)
{
    auto *detail = new QGroupBox(tr("Attempt"), parent);
    detail->setObjectName(QStringLiteral("detailPane"));
    m_detail = detail;
    auto *detailLayout = new QVBoxLayout(detail);
    auto *form = new QFormLayout;
    const auto field = [&](const char *name, const QString &label) {
        auto *value = new QLabel(detail);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_fields.insert(QLatin1String(name), value);
    };
    field("detailOutcome", tr("Result:"));
    field("detailCause", tr("Cause:"));
    field("detailAssignedHub", tr("Assigned hub:"));
    field("detailDeviceId", tr("Device ID:"));
    field("detailRegistrationId", tr("Registration ID:"));
    field("detailSubstatus", tr("Substatus:"));
    field("detailOperationId", tr("Operation ID:"));
    field("detailStarted", tr("Started:"));
    field("detailFinished", tr("Finished:"));
    field("detailModule", tr("Module:"));
    field("detailCertificate", tr("Certificate:"));
    field("detailCloudCheck", tr("Cloud check:"));
    field("detailStation", tr("Station:"));
    detailLayout->addLayout(form);
    m_steps = new QTreeWidget(detail);
    m_steps->setObjectName(QStringLiteral("detailSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Outcome"), tr("Time"), tr("Message")});
    m_steps->setRootIsDecorated(false);
    detailLayout->addWidget(m_steps, 1);
    return detail;
}

ResultsView::~ResultsView()
{
    // The workers only hold copies of the URL; let them finish on the pool without us.
    m_pageWatcher.disconnect(this);
    m_exportWatcher.disconnect(this);
}

void ResultsView::setTarget(const ResultsUrl &url)
{
    m_url = url;
    m_urlError.clear();
    refresh();
}

void ResultsView::follow(Station *station)
{
    m_following = true; // the first load waits for the station's database
    const auto take = [this, station] {
        if (station->resultsState() != Station::ResultsState::Ready)
            return;
        const ResultsUrl url = station->resultsUrl();
        // Back from Lost: the journal's rows arrive through resultRecorded, no reload needed.
        if (!m_followed || url.key() != m_url.key() || url.password != m_url.password) {
            m_followed = true;
            setTarget(url);
        }
    };
    connect(station, &Station::resultsStateChanged, this, take);
    connect(station, &Station::resultRecorded, this, &ResultsView::addRow);
    m_station = station;
    label::LabelPrinter *printer = station->labels();
    connect(printer, &label::LabelPrinter::printed, this,
            [this](int request, const label::LabelData &, const QString &where) { onLabelDone(request, true, where); });
    connect(
        printer, &label::LabelPrinter::failed, this,
        [this](int request, const label::LabelData &, const QString &error) { onLabelDone(request, false, error); });
    take();
    updateReprint();
}

void ResultsView::refresh()
{
    load(true);
    if (m_urlError.isEmpty())
        m_stats->setTarget(m_url);
}

QString ResultsView::databaseFilter() const
{
    QStringList words = m_filter->text().simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        for (Outcome o : {Outcome::Running, Outcome::Pass, Outcome::Fail, Outcome::Interrupted}) {
            if (w.compare(outcomeText(o), Qt::CaseInsensitive) == 0)
                w = outcomeName(o);
        }
    }
    return words.join(u' ');
}

void ResultsView::load(bool first)
{
    if (!m_urlError.isEmpty()) {
        m_status->setText(tr("Cannot read the history: %1").arg(m_urlError));
        emit loaded(-1);
        return;
    }
    if (m_pageWatcher.isRunning()) {
        if (first)
            m_reloadPending = true; // a page of the old query is dropped when it arrives
        else
            m_model->setFetching(false);
        return;
    }
    ResultQuery q = m_model->query();
    if (first) {
        q.filter = databaseFilter();
        q.after.reset();
        ++m_generation;
    } else {
        q.after = m_model->lastRow();
    }
    q.limit = kPageRows + 1; // one more tells whether there is more
    setBusy(true);
    if (first)
        m_status->setText(tr("Loading…"));
    m_pageWatcher.setFuture(QtConcurrent::run([url = m_url, q, first, generation = m_generation] {
        Page page;
        page.first = first;
        page.generation = generation;
        ResultStore store; // one connection, opened and closed on this worker thread
        if (!store.open(url, &page.error))
            return page;
        page.rows = store.query(q);
        if (page.rows.isEmpty() && !store.lastError().isEmpty())
            page.error = store.lastError();
        page.more = page.rows.size() > kPageRows;
        if (page.more)
            page.rows.resize(kPageRows);
        return page;
    }));
}

void ResultsView::onPage()
{
    const Page page = m_pageWatcher.result();
    setBusy(m_exportWatcher.isRunning());
    if (std::exchange(m_reloadPending, false) || page.generation != m_generation) {
        load(true);
        return;
    }
    if (!page.error.isEmpty()) {
        qCWarning(lcUi) << "results view:" << page.error;
        m_model->setFetching(false);
        m_status->setText(tr("Cannot read the history: %1").arg(page.error));
        emit loaded(-1);
        return;
    }
    if (page.first) {
        const qint64 selectedId =
            m_table->currentIndex().isValid() ? m_model->row(m_table->currentIndex().row()).id : -1;
        ResultQuery q = m_model->query();
        q.filter = databaseFilter();
        m_model->setQuery(q);
        m_model->resetRows(page.rows, page.more);
        if (!m_resized && !page.rows.isEmpty()) { // once: a shift does not pay for it per module
            m_table->resizeColumnsToContents();
            m_resized = true;
        }
        for (int r = 0; r < m_model->rowCount() && selectedId >= 0; ++r) {
            if (m_model->row(r).id == selectedId) {
                m_table->setCurrentIndex(m_model->index(r, 0));
                break;
            }
        }
        showDetails();
    } else {
        m_model->appendPage(page.rows, page.more);
    }
    showStatus();
    emit loaded(m_model->rowCount());
}

void ResultsView::addRow(const ResultRow &row)
{
    m_model->addRow(row);
    m_stats->addRow(row);
    showStatus();
}

void ResultsView::showStatus()
{
    const int n = m_model->rowCount();
    m_status->setText(m_model->hasMore() ? tr("newest %1 attempts; scroll for older ones").arg(n)
                                         : tr("%1 attempts").arg(n));
}

void ResultsView::exportClicked()
{
    if (m_fileNameProvider) {
        const QString path = m_fileNameProvider();
        if (!path.isEmpty())
            exportTo(path);
        return;
    }
    // Window-modal but not exec(): the event loop (and running jobs) keep going.
    auto *dialog = new QFileDialog(this, tr("Export results history"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ResultsView::exportTo);
    dialog->open();
}

void ResultsView::exportTo(const QString &path)
{
    if (m_exportWatcher.isRunning()) {
        m_status->setText(tr("An export is still running"));
        return;
    }
    m_exportPath = path;
    setBusy(true);
    m_status->setText(tr("Exporting…"));
    m_exportWatcher.setFuture(QtConcurrent::run([url = m_url, path] {
        QString error;
        ResultStore store;
        if (!store.open(url, &error))
            return error;
        if (!store.exportCsv(path, &error))
            return error.isEmpty() ? store.lastError() : error;
        return QString();
    }));
}

void ResultsView::onExported()
{
    const QString error = m_exportWatcher.result();
    setBusy(m_pageWatcher.isRunning());
    const QString message =
        error.isEmpty() ? tr("Exported to %1").arg(m_exportPath) : tr("Export failed: %1").arg(error);
    m_status->setText(message);
    if (!error.isEmpty())
        qCWarning(lcUi) << "results export:" << error;
    emit exportFinished(error.isEmpty(), message);
}

void ResultsView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_steps->clear();
    if (!current.isValid()) {
        for (QLabel *l : std::as_const(m_fields))
            l->clear();
        m_fields.value(QStringLiteral("detailOutcome"))->setText(tr("Select an attempt to see its details."));
        updateReprint();
        return;
    }
    const ResultRow &r = m_model->row(current.row());
    const auto set = [this](const char *name, const QString &value) {
        m_fields.value(QLatin1String(name))->setText(value.isEmpty() ? QStringLiteral("–") : value);
    };
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
    };
    set("detailOutcome", tr("#%1 %2").arg(r.id).arg(outcomeText(r.outcome)));
    set("detailCause", r.cause == Cause::None ? QString() : tr("%1 (%2)").arg(r.causeMessage, causeText(r.cause)));
    set("detailAssignedHub", r.assignedHub);
    set("detailDeviceId", r.seq > 0 ? tr("%1 (number %2)").arg(r.deviceId).arg(r.seq) : r.deviceId);
    set("detailRegistrationId", r.registrationId);
    set("detailSubstatus", r.substatus);
    set("detailOperationId", r.operationId);
    set("detailStarted", time(r.started));
    set("detailFinished", time(r.finished));
    set("detailModule", QStringList{r.model, r.firmware, r.mac}.join(u' ').simplified());
    set("detailCertificate", r.certificateThumbprint.isEmpty()
                                 ? QString()
                                 : tr("serial %1, SHA-1 %2").arg(r.certificateSerial, r.certificateThumbprint));
    set("detailCloudCheck",
        r.cloudCheck.isEmpty() ? QString() : tr("%1 (%2)").arg(cloudCheckText(r.cloudCheck), r.cloudCheck));
    set("detailStation",
        QStringList{r.station, r.lineId, r.port, r.operatorName, r.profileName}.join(u' ').simplified());
    for (const StepResult &s : r.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {stepTitle(s.step), stepOutcomeText(s.outcome),
                                                   tr("%1 ms").arg(QLocale().toString(s.elapsedMs)), s.message});
        item->setToolTip(3, s.message);
    }
    m_steps->resizeColumnToContents(0);
    updateReprint();
}

void ResultsView::updateReprint()
{
    const QModelIndex current = m_table->currentIndex();
    const bool passed = current.isValid() && m_model->row(current.row()).passed();
    const bool enabled = m_station && passed;
    m_reprintAction->setEnabled(enabled);
    m_reprint->setEnabled(enabled);
    if (!m_station)
        m_reprint->setToolTip(tr("Reprinting needs the station window (its profile's label template and printer)"));
    else if (!passed)
        m_reprint->setToolTip(tr("Select a module that passed: labels are for modules that passed"));
    else
        m_reprint->setToolTip(tr("Print the selected module's label again (Ctrl+P), with the profile's label "
                                 "template and printer"));
}

void ResultsView::showRowMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    if (at.isValid() && at.row() != m_table->currentIndex().row())
        m_table->setCurrentIndex(at);
    // popup(), not exec(): the window's event loop (and running jobs) go on while it is open.
    m_rowMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

void ResultsView::reprintSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_station || !current.isValid())
        return;
    const ResultRow &row = m_model->row(current.row());
    if (!row.passed()) {
        m_status->setText(tr("Attempt #%1 did not pass: labels are for modules that passed").arg(row.id));
        return;
    }
    const label::LabelTemplate &tpl = m_station->profile().label;
    if (tpl.target.isEmpty()) {
        const QString message =
            tr("The profile names no label printer (label.target): set one in the label settings, or use "
               "provstation-cli label --result %1 --to …")
                .arg(row.id);
        m_status->setText(message);
        emit reprintFinished(false, message);
        return;
    }
    const int request = m_station->labels()->print(tpl, label::LabelData::fromResult(row));
    m_reprints.insert(request, row.deviceId);
    m_status->setText(tr("Printing the label of %1…").arg(row.deviceId));
}

void ResultsView::onLabelDone(int request, bool ok, const QString &text)
{
    if (!m_reprints.contains(request))
        return; // a label printed on PASS, not one asked for here
    const QString device = m_reprints.take(request);
    const QString message = ok ? tr("The label of %1 was printed to %2").arg(device, text)
                               : tr("The label of %1 was not printed: %2").arg(device, text);
    m_status->setText(message);
    if (!ok)
        qCWarning(lcUi).noquote() << "reprint:" << message;
    emit reprintFinished(ok, message);
}

void ResultsView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_export->setEnabled(!m_exportWatcher.isRunning());
}
