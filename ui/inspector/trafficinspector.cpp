#include "inspector/trafficinspector.h"

#include "common/files.h"
#include "inspector/hexview.h"
#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficmodel.h"
#include "traffic/trafficdecode.h"
#include "traffic/trafficexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
constexpr int kOffsetRole = Qt::UserRole + 1;
constexpr int kLengthRole = Qt::UserRole + 2;

void addFields(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<traffic::Field> &fields)
{
    for (const traffic::Field &f : fields) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.name);
        item->setText(1, f.value);
        item->setData(0, kOffsetRole, f.offset);
        item->setData(0, kLengthRole, f.length);
        if (f.offset >= 0)
            item->setToolTip(0, QObject::tr("bytes %1–%2").arg(f.offset).arg(f.offset + f.length - 1));
        addFields(item, tree, f.children);
    }
}
} // namespace

TrafficInspector::TrafficInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(this))
    , m_filter(new TrafficFilterModel(this))
    , m_table(new QTableView(this))
    , m_tree(new QTreeWidget(this))
    , m_hex(new HexView(this))
    , m_typeCombo(new QComboBox(this))
    , m_channelSpin(new QSpinBox(this))
    , m_slotSpin(new QSpinBox(this))
    , m_textEdit(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_pause(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_reveal(new QCheckBox(tr("Reveal secrets"), this))
    , m_exportSecrets(new QAction(tr("Include revealed secrets"), this))
    , m_status(new QLabel(this))
{
    m_filter->setTrafficModel(m_model);

    // Filter bar.
    m_typeCombo->setObjectName(QStringLiteral("typeFilterCombo"));
    m_typeCombo->addItem(tr("All types"), QString());
    for (const QString &t : traffic::knownTypeNames())
        m_typeCombo->addItem(t, t);
    for (QSpinBox *spin : {m_channelSpin, m_slotSpin}) {
        spin->setRange(TrafficFilterModel::kAny, 999);
        spin->setSpecialValueText(tr("any"));
        spin->setValue(TrafficFilterModel::kAny);
    }
    m_channelSpin->setObjectName(QStringLiteral("channelFilterSpin"));
    m_channelSpin->setPrefix(tr("ch "));
    m_slotSpin->setObjectName(QStringLiteral("slotFilterSpin"));
    m_slotSpin->setPrefix(tr("slot "));
    m_textEdit->setObjectName(QStringLiteral("textFilterEdit"));
    m_textEdit->setPlaceholderText(tr("Filter text"));
    m_textEdit->setClearButtonEnabled(true);
    m_follow->setObjectName(QStringLiteral("followCheck"));
    m_follow->setChecked(true);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Find"));
    auto *findNext = new QToolButton(this);
    findNext->setObjectName(QStringLiteral("findNextButton"));
    findNext->setText(tr("Next"));
    m_reveal->setObjectName(QStringLiteral("revealCheck"));
    m_reveal->setEnabled(false);
    m_reveal->setToolTip(tr("Engineer mode only: show secrets kept in memory for this session"));

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    QAction *text = menu->addAction(tr("Text (seed log style)…"));
    text->setObjectName(QStringLiteral("exportTextAction"));
    QAction *csv = menu->addAction(tr("CSV…"));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    QAction *pcap = menu->addAction(tr("pcapng for Wireshark…"));
    pcap->setObjectName(QStringLiteral("exportPcapngAction"));
    menu->addSeparator();
    m_exportSecrets->setObjectName(QStringLiteral("exportSecretsAction"));
    m_exportSecrets->setCheckable(true);
    m_exportSecrets->setEnabled(false);
    menu->addAction(m_exportSecrets);
    exportButton->setMenu(menu);
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setText(tr("Import…"));
    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearButton"));
    clearButton->setText(tr("Clear"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_typeCombo);
    bar->addWidget(m_channelSpin);
    bar->addWidget(m_slotSpin);
    bar->addWidget(m_textEdit, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addWidget(m_search);
    bar->addWidget(findNext);
    bar->addWidget(m_reveal);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);
    bar->addWidget(clearButton);

    // Table.
    m_table->setObjectName(QStringLiteral("trafficTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TrafficModel::SummaryColumn, QHeaderView::Stretch);
    m_tree->setObjectName(QStringLiteral("detailTree"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_tree);
    lower->addWidget(m_hex);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    // Wiring.
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTypeFilter(m_typeCombo->currentData().toString());
        updateStatus();
    });
    connect(m_channelSpin, &QSpinBox::valueChanged, this, [this](int v) {
        m_filter->setChannelFilter(v);
        updateStatus();
    });
    connect(m_slotSpin, &QSpinBox::valueChanged, this, [this](int v) {
        m_filter->setSlotFilter(v);
        updateStatus();
    });
    connect(m_textEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setTextFilter(t);
        updateStatus();
    });
    connect(m_pause, &QToolButton::toggled, this, [this](bool on) {
        m_model->setPaused(on);
        m_pause->setText(on ? tr("Resume") : tr("Pause"));
        updateStatus();
    });
    connect(findNext, &QToolButton::clicked, this, &TrafficInspector::findNext);
    connect(m_search, &QLineEdit::returnPressed, this, &TrafficInspector::findNext);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setRevealSecrets(on && m_engineer);
        if (m_shownRow >= 0)
            showRow(m_shownRow);
    });
    connect(text, &QAction::triggered, this, [this] { runExport(FileOperation::ExportText); });
    connect(csv, &QAction::triggered, this, [this] { runExport(FileOperation::ExportCsv); });
    connect(pcap, &QAction::triggered, this, [this] { runExport(FileOperation::ExportPcapng); });
    connect(importButton, &QToolButton::clicked, this, &TrafficInspector::runImport);
    connect(clearButton, &QToolButton::clicked, this, &TrafficInspector::clear);
    connect(m_model, &TrafficModel::flushed, this, [this] {
        if (m_follow->isChecked())
            m_table->scrollToBottom();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int, int last) {
        if (m_shownRow >= 0)
            m_shownRow = m_shownRow <= last ? -1 : m_shownRow - (last + 1);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRow(m_filter->mapToSource(current).row());
            });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onFieldSelected(item); });
    connect(m_hex, &HexView::byteClicked, this, &TrafficInspector::onByteClicked);
    updateStatus();
}

void TrafficInspector::setEngineerMode(bool on)
{
    m_engineer = on;
    m_reveal->setEnabled(on);
    m_exportSecrets->setEnabled(on);
    if (!on) {
        m_reveal->setChecked(false);
        m_exportSecrets->setChecked(false);
        m_model->setRevealSecrets(false);
    }
}

void TrafficInspector::addRecord(const TrafficRecord &record)
{
    m_model->append(record);
}

void TrafficInspector::addRecordWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw)
{
    m_model->appendWithOriginal(record, originalRaw);
}

void TrafficInspector::clear()
{
    m_model->clear();
    m_tree->clear();
    m_hex->setData({});
    m_shownRow = -1;
    updateStatus();
}

bool TrafficInspector::findNext()
{
    const QString needle = m_search->text();
    const int rows = m_filter->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : 0;
    for (int i = 0; i < rows; ++i) {
        const int row = (start + i) % rows;
        const QModelIndex idx = m_filter->index(row, TrafficModel::SummaryColumn);
        if (idx.data().toString().contains(needle, Qt::CaseInsensitive)) {
            m_follow->setChecked(false); // the engineer is looking at something: stop jumping away
            m_table->setCurrentIndex(idx);
            m_table->scrollTo(idx);
            return true;
        }
    }
    return false;
}

void TrafficInspector::showRow(int sourceRow)
{
    m_shownRow = sourceRow;
    const bool revealed = m_engineer && m_reveal->isChecked();
    const TrafficRecord r = m_model->record(sourceRow, revealed);
    m_tree->clear();
    addFields(nullptr, m_tree, traffic::decode(r));
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(0);
    m_hex->setData(r.raw);
}

void TrafficInspector::onFieldSelected(QTreeWidgetItem *item)
{
    if (!item) {
        m_hex->clearMark();
        return;
    }
    m_hex->markField(item->data(0, kOffsetRole).toInt(), item->data(0, kLengthRole).toInt());
}

void TrafficInspector::onByteClicked(int offset)
{
    // Select the deepest field whose bytes contain the offset.
    QTreeWidgetItem *best = nullptr;
    int bestLength = INT_MAX;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int start = (*it)->data(0, kOffsetRole).toInt();
        const int length = (*it)->data(0, kLengthRole).toInt();
        if (start >= 0 && offset >= start && offset < start + length && length < bestLength) {
            best = *it;
            bestLength = length;
        }
    }
    if (best)
        m_tree->setCurrentItem(best);
}

void TrafficInspector::updateStatus()
{
    QString text = tr("%1 records, %2 shown").arg(m_model->rowCount()).arg(m_filter->rowCount());
    if (m_model->droppedCount())
        text += tr(", %1 dropped (capacity %2)").arg(m_model->droppedCount()).arg(m_model->capacity());
    if (m_model->isPaused())
        text += tr(", paused with %1 waiting").arg(m_model->pendingCount());
    m_status->setText(text);
}

QList<TrafficRecord> TrafficInspector::displayedRecords(bool revealed) const
{
    QList<TrafficRecord> out;
    const int rows = m_filter->rowCount();
    out.reserve(rows);
    for (int row = 0; row < rows; ++row)
        out << m_model->record(m_filter->mapToSource(m_filter->index(row, 0)).row(), revealed);
    return out;
}

bool TrafficInspector::exportTo(FileOperation format, const QString &path, QString *error)
{
    m_model->flush();
    // Exports are redacted unless an engineer explicitly ticked "include revealed secrets".
    const bool revealed = m_engineer && m_exportSecrets->isChecked();
    const QList<TrafficRecord> records = displayedRecords(revealed);
    QByteArray bytes;
    switch (format) {
    case FileOperation::ExportText:
        bytes = traffic::toText(records);
        break;
    case FileOperation::ExportCsv:
        bytes = traffic::toCsv(records);
        break;
    case FileOperation::ExportPcapng:
        bytes = traffic::toPcapng(records);
        break;
    case FileOperation::Import:
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrafficInspector::importFrom(const QString &path, QString *error)
{
    // Bounded, and never a device or FIFO: a capture is a file (docs/limits.md).
    const auto bytes = files::readBounded(path, files::kMaxCapture, error);
    if (!bytes)
        return false;
    QString why;
    const auto records = traffic::importCapture(*bytes, &why);
    if (!records) {
        if (error)
            *error = tr("%1: %2").arg(path, why);
        return false;
    }
    clear();
    for (const TrafficRecord &r : *records)
        m_model->append(r);
    m_model->flush();
    return true;
}

void TrafficInspector::runExport(FileOperation format)
{
    const QString suggested = format == FileOperation::ExportText  ? QStringLiteral("traffic.txt")
                              : format == FileOperation::ExportCsv ? QStringLiteral("traffic.csv")
                                                                   : QStringLiteral("traffic.pcapng");
    QString path;
    if (m_fileNameHook)
        path = m_fileNameHook(format, suggested);
    else
        path = QFileDialog::getSaveFileName(this, tr("Export traffic"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error))
        emit errorOccurred(error);
}

void TrafficInspector::runImport()
{
    QString path;
    if (m_fileNameHook)
        path = m_fileNameHook(FileOperation::Import, {});
    else
        path = QFileDialog::getOpenFileName(this, tr("Import capture"), {},
                                            tr("Captures (*.pcapng *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFrom(path, &error))
        emit errorOccurred(error);
}
