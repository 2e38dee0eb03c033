#include "results/resultsview.h"

#include "common/logging.h"
#include "results/resultsmodel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kHistoryLimit = 100000; // newest attempts loaded into the table

/// Every word of the filter must appear in one of the row's fields (like ResultStore::list).
class WordFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QString &text)
    {
        m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QString haystack = sourceModel()->index(row, 0, parent).data(ResultsModel::FilterRole).toString();
        for (const QString &w : m_words) {
            if (!haystack.contains(w, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

} // namespace

ResultsView::ResultsView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_path(databasePath)
{
    setObjectName(QStringLiteral("resultsView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("MAC, device ID, PASS/FAIL, cause… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    auto *focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Reload the history from the database (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the whole history to a CSV file"));
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
    bar->addWidget(m_busy);
    bar->addWidget(m_status);
    layout->addLayout(bar);

    m_model = new ResultsModel(this);
    auto *proxy = new WordFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultsModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setWords(text);
        m_status->setText(tr("%1 of %2 attempts").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsView::showDetails);

    auto *detail = new QGroupBox(tr("Attempt"), splitter);
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
    field("detailStation", tr("Station:"));
    detailLayout->addLayout(form);
    m_steps = new QTreeWidget(detail);
    m_steps->setObjectName(QStringLiteral("detailSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Outcome"), tr("Time"), tr("Message")});
    m_steps->setRootIsDecorated(false);
    detailLayout->addWidget(m_steps, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_steps);

    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &ResultsView::onLoaded);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, &ResultsView::onExported);
    connect(m_refresh, &QPushButton::clicked, this, &ResultsView::refresh);
    connect(m_export, &QPushButton::clicked, this, &ResultsView::exportClicked);
    showDetails();
    refresh();
}

ResultsView::~ResultsView()
{
    // The workers only hold copies of the path; let them finish on the pool without us.
    m_loadWatcher.disconnect(this);
    m_exportWatcher.disconnect(this);
}

void ResultsView::refresh()
{
    if (m_loadWatcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    setBusy(true);
    m_status->setText(tr("Loading…"));
    const QString path = m_path;
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        Loaded out;
        ResultStore store; // one connection, opened and closed on this worker thread
        if (!store.open(path, &out.error))
            return out;
        out.rows = store.list({}, kHistoryLimit);
        if (out.rows.isEmpty() && !store.lastError().isEmpty())
            out.error = store.lastError();
        return out;
    }));
}

void ResultsView::onLoaded()
{
    const Loaded result = m_loadWatcher.result();
    const qint64 selectedId = [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        return current.isValid() ? m_model->row(current.row()).id : qint64(-1);
    }();
    setBusy(m_exportWatcher.isRunning());
    if (!result.error.isEmpty()) {
        qCWarning(lcUi) << "results view:" << result.error;
        m_status->setText(tr("Cannot read the history: %1").arg(result.error));
        emit loaded(-1);
    } else {
        m_model->setRows(result.rows);
        m_status->setText(result.rows.size() >= kHistoryLimit
                              ? tr("newest %1 attempts").arg(result.rows.size())
                              : tr("%1 of %2 attempts").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
        m_table->resizeColumnsToContents();
        for (int r = 0; r < m_proxy->rowCount() && selectedId >= 0; ++r) {
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(r, 0));
            if (m_model->row(source.row()).id == selectedId) {
                m_table->setCurrentIndex(m_proxy->index(r, 0));
                break;
            }
        }
        showDetails();
        emit loaded(int(result.rows.size()));
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        refresh();
    }
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
    const QString db = m_path;
    m_exportWatcher.setFuture(QtConcurrent::run([db, path] {
        QString error;
        ResultStore store;
        if (!store.open(db, &error))
            return error;
        if (!store.exportCsv(path, &error))
            return error.isEmpty() ? store.lastError() : error;
        return QString();
    }));
}

void ResultsView::onExported()
{
    const QString error = m_exportWatcher.result();
    setBusy(m_loadWatcher.isRunning());
    const QString message =
        error.isEmpty() ? tr("Exported to %1").arg(m_exportPath) : tr("Export failed: %1").arg(error);
    m_status->setText(message);
    if (!error.isEmpty())
        qCWarning(lcUi) << "results export:" << error;
    emit exportFinished(error.isEmpty(), message);
}

void ResultsView::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_steps->clear();
    if (!current.isValid()) {
        for (QLabel *l : std::as_const(m_fields))
            l->clear();
        m_fields.value(QStringLiteral("detailOutcome"))->setText(tr("Select an attempt to see its details."));
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
    set("detailDeviceId", r.deviceId);
    set("detailRegistrationId", r.registrationId);
    set("detailSubstatus", r.substatus);
    set("detailOperationId", r.operationId);
    set("detailStarted", time(r.started));
    set("detailFinished", time(r.finished));
    set("detailModule", QStringList{r.model, r.firmware, r.mac}.join(u' ').simplified());
    set("detailCertificate", r.certificateThumbprint.isEmpty()
                                 ? QString()
                                 : tr("serial %1, SHA-1 %2").arg(r.certificateSerial, r.certificateThumbprint));
    set("detailStation", QStringList{r.station, r.port, r.operatorName, r.profileName}.join(u' ').simplified());
    for (const StepResult &s : r.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {stepTitle(s.step), stepOutcomeText(s.outcome),
                                                   tr("%1 ms").arg(QLocale().toString(s.elapsedMs)), s.message});
        item->setToolTip(3, s.message);
    }
    m_steps->resizeColumnToContents(0);
}

void ResultsView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_export->setEnabled(!m_exportWatcher.isRunning());
}
