#include "inspector/trafficinspector.h"

#include "common/files.h"
#include "common/logging.h"
#include "inspector/hexview.h"
#include "inspector/trafficfiltermodel.h"
#include "inspector/trafficmodel.h"
#include "traffic/trafficdecode.h"
#include "traffic/trafficexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
constexpr int kOffsetRole = Qt::UserRole + 1;
constexpr int kLengthRole = Qt::UserRole + 2;
constexpr int kAnyChannel = -1; ///< the channel spin box's "all channels" value

void addFields(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<traffic::Field> &fields)
{
    for (const traffic::Field &f : fields) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.name);
        item->setText(1, f.value);
        item->setData(0, kOffsetRole, f.offset);
        item->setData(0, kLengthRole, f.length);
        if (f.offset >= 0)
            item->setToolTip(0, TrafficInspector::tr("bytes %1–%2").arg(f.offset).arg(f.offset + f.length - 1));
        addFields(item, tree, f.children);
    }
}

QString suffixOf(TrafficInspector::Format format)
{
    switch (format) {
    case TrafficInspector::Format::Text:
        return QStringLiteral("txt");
    case TrafficInspector::Format::Csv:
        return QStringLiteral("csv");
    case TrafficInspector::Format::Pcapng:
        return QStringLiteral("pcapng");
    }
    return {};
}

QStringList exportFilters()
{
    // One per Format, in its order; the chosen one picks the format.
    return {TrafficInspector::tr("Text in the style of u-blox's log (*.txt)"), TrafficInspector::tr("CSV (*.csv)"),
            TrafficInspector::tr("pcapng for Wireshark (*.pcapng)")};
}

struct ReadCapture
{
    std::optional<QList<TrafficRecord>> records;
    QString why;
};

/// Reads and parses a capture file (on a worker thread for the Import button: a 100,000-record
/// pcapng takes a few hundred milliseconds).
ReadCapture readCapture(const QString &path)
{
    ReadCapture out;
    // Bounded, and never a device or FIFO: a capture is a file (docs/limits.md).
    const auto bytes = files::readBounded(path, files::kMaxCapture, &out.why);
    if (bytes)
        out.records = traffic::importCapture(*bytes, &out.why);
    return out;
}

/// "1 record", "12,345 records" (two messages rather than a numerus form: English has no
/// catalogue to supply the plural, and German and Chinese need no more than these two).
QString recordCount(qsizetype n)
{
    return n == 1 ? TrafficInspector::tr("1 record") : TrafficInspector::tr("%1 records").arg(QLocale().toString(n));
}

/// Why @p path cannot be written, in words; @p systemError when nothing more specific is known.
QString whyNotWritable(const QString &path, const QString &systemError)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (file.isDir())
        return TrafficInspector::tr("it is a folder");
    if (!folder.exists())
        return TrafficInspector::tr("the folder %1 does not exist").arg(folderName);
    if (!folder.isDir())
        return TrafficInspector::tr("%1 is a file, not a folder").arg(folderName);
    if (!folder.isWritable())
        return TrafficInspector::tr("you have no permission to write in the folder %1").arg(folderName);
    if (file.exists() && !file.isWritable())
        return TrafficInspector::tr("the file is read-only");
    return systemError;
}
} // namespace

TrafficInspector::TrafficInspector(QWidget *parent)
    : QWidget(parent)
    , m_live(new TrafficModel(this))
    , m_filter(new TrafficFilterModel(this))
{
    createWidgets();
    setLayout(createLayout());
    m_filter->setTrafficModel(m_live);
    m_table->setModel(m_filter);
    connectWidgets();
    connectModel(m_live);
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    retranslate();
}

TrafficInspector::~TrafficInspector()
{
    // Children die in the order they were made, the models before the table that shows them:
    // stop listening and detach the table first.
    disconnect(m_filter, nullptr, this, nullptr);
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    m_table->setModel(nullptr);
    m_filter->setTrafficModel(nullptr);
}

void TrafficInspector::createWidgets()
{
    const auto make = [this](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_typeCombo = make(new QComboBox(this), "typeFilterCombo");
    m_slotCombo = make(new QComboBox(this), "slotFilterCombo");
    m_channelSpin = make(new QSpinBox(this), "channelFilterSpin");
    m_channelSpin->setRange(kAnyChannel, 255); // an EDM channel id is one byte
    m_channelSpin->setValue(kAnyChannel);
    m_textEdit = make(new QLineEdit(this), "textFilterEdit");
    m_textEdit->setClearButtonEnabled(true);
    m_search = make(new QLineEdit(this), "searchEdit");
    m_findNext = make(new QToolButton(this), "findNextButton");
    m_follow = make(new QCheckBox(this), "followCheck");
    m_follow->setChecked(true);
    m_pause = make(new QToolButton(this), "pauseButton");
    m_pause->setCheckable(true);
    m_reveal = make(new QCheckBox(this), "revealCheck");
    m_reveal->setEnabled(false);
    m_exportSecrets = make(new QCheckBox(this), "exportSecretsCheck");
    m_exportSecrets->setEnabled(false);
    m_export = make(new QToolButton(this), "exportButton");
    m_import = make(new QToolButton(this), "importButton");
    m_clear = make(new QToolButton(this), "clearButton");
    m_ownWindow = make(new QToolButton(this), "ownWindowButton");
    m_ownWindow->hide(); // shown when the inspector sits in a dock (showEvent)

    m_table = make(new QTableView(this), "trafficTable");
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_tree = make(new QTreeWidget(this), "detailTree");
    m_tree->setUniformRowHeights(true);
    m_hex = make(new HexView(this), "hexView");

    m_source = make(new QLabel(this), "sourceLabel");
    m_status = make(new QLabel(this), "statusLabel");
    m_liveButton = make(new QToolButton(this), "liveButton");
    m_liveButton->hide();
    m_message = make(new QLabel(this), "messageLabel");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path wraps, never widens
    m_message->hide();
}

QLayout *TrafficInspector::createLayout()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_slotCombo);
    filters->addWidget(m_channelSpin);
    filters->addWidget(m_textEdit, 2);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_findNext);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_follow);
    actions->addWidget(m_pause);
    actions->addSpacing(12);
    actions->addWidget(m_reveal);
    actions->addWidget(m_exportSecrets);
    actions->addStretch(1);
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(m_clear);
    actions->addWidget(m_ownWindow);

    m_detailSplit = new QSplitter(Qt::Horizontal, this);
    m_detailSplit->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplit->addWidget(m_tree);
    m_detailSplit->addWidget(m_hex);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("tableSplitter"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_detailSplit);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto *status = new QHBoxLayout;
    status->addWidget(m_source);
    status->addWidget(m_liveButton);
    status->addSpacing(12);
    status->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_split, 1);
    layout->addLayout(status);
    layout->addWidget(m_message);
    return layout;
}

void TrafficInspector::connectWidgets()
{
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_typeCombo->currentData().toString()); });
    connect(m_slotCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant slot = m_slotCombo->currentData();
        m_filter->setSlotFilter(slot.isValid() ? slot.toInt() : TrafficFilterModel::kAny);
    });
    connect(m_channelSpin, &QSpinBox::valueChanged, this,
            [this](int v) { m_filter->setChannelFilter(v == kAnyChannel ? TrafficFilterModel::kAny : v); });
    connect(m_textEdit, &QLineEdit::textChanged, m_filter, &TrafficFilterModel::setTextFilter);
    connect(m_pause, &QToolButton::toggled, this, [this](bool on) {
        m_live->setPaused(on);
        m_pause->setText(on ? tr("Resume") : tr("Pause"));
        updateStatus();
    });
    connect(m_findNext, &QToolButton::clicked, this, &TrafficInspector::findNext);
    connect(m_search, &QLineEdit::returnPressed, this, &TrafficInspector::findNext);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    auto *again = new QShortcut(QKeySequence::FindNext, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(again, &QShortcut::activated, this, &TrafficInspector::findNext);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_live->setRevealSecrets(on && m_engineer);
        if (m_shownSequence)
            showRecord(*m_shownSequence);
    });
    connect(m_export, &QToolButton::clicked, this, &TrafficInspector::exportWithDialog);
    connect(m_import, &QToolButton::clicked, this, &TrafficInspector::importWithDialog);
    connect(m_clear, &QToolButton::clicked, this, &TrafficInspector::clear);
    connect(m_ownWindow, &QToolButton::clicked, this, &TrafficInspector::toggleOwnWindow);
    connect(m_liveButton, &QToolButton::clicked, this, &TrafficInspector::showLive);
    connect(m_live, &TrafficModel::flushed, this, &TrafficInspector::updateStatus);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &TrafficInspector::updateStatus);

    // The detail pane shows the selected record, and nothing once no record is selected: when the
    // filter hides it, when it is trimmed away, when the table changes source.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrafficInspector::syncDetailToSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrafficInspector::onFilterReset);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrafficInspector::syncDetailToSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrafficInspector::updateStatus);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onFieldSelected(item); });
    connect(m_hex, &HexView::byteClicked, this, &TrafficInspector::onByteClicked);
}

void TrafficInspector::connectModel(TrafficModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_modelConnections << connect(model, &TrafficModel::flushed, this, [this] {
        if (m_follow->isChecked())
            m_table->scrollToBottom();
        updateStatus();
    });
    m_modelConnections << connect(model, &TrafficModel::slotsSeenChanged, this, &TrafficInspector::fillSlotCombo);
    fillSlotCombo();
}

TrafficModel *TrafficInspector::model() const
{
    return m_capture ? m_capture.data() : m_live;
}

QDockWidget *TrafficInspector::dock() const
{
    return qobject_cast<QDockWidget *>(parentWidget());
}

QSize TrafficInspector::sizeHint() const
{
    // Enough for the two bars, a dozen rows and the detail panes: the dock or the window opens usable.
    return {980, 460};
}

void TrafficInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrafficInspector::showEvent(QShowEvent *event)
{
    updateOwnWindowButton();
    QWidget::showEvent(event);
}

void TrafficInspector::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A dock along the bottom of the window is wide and short: the details go beside the table,
    // which keeps the whole height for rows. Tall (a window of its own, a side dock): below it.
    const Qt::Orientation wanted = width() > 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() == wanted)
        return;
    m_split->setOrientation(wanted);
    m_detailSplit->setOrientation(wanted == Qt::Horizontal ? Qt::Vertical : Qt::Horizontal);
    if (wanted == Qt::Horizontal) {
        // The hex view needs about 75 characters for its 16 bytes a line; the table keeps the rest.
        const int details = std::min(width() * 9 / 20, 80 * fontMetrics().averageCharWidth());
        m_split->setSizes({width() - details, details});
    } else {
        m_split->setSizes({height() * 3 / 5, height() * 2 / 5});
    }
}

void TrafficInspector::retranslate()
{
    m_channelSpin->setSpecialValueText(tr("All channels"));
    m_channelSpin->setPrefix(tr("Channel "));
    m_textEdit->setPlaceholderText(tr("Filter text"));
    m_search->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_findNext->setText(tr("Find next"));
    m_follow->setText(tr("Follow"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_reveal->setText(tr("Reveal secrets"));
    m_reveal->setToolTip(tr("Engineer mode only: show secrets kept in memory for this session"));
    m_exportSecrets->setText(tr("Include them in exports"));
    m_exportSecrets->setToolTip(tr("Engineer mode only: exports carry the revealed secrets instead of ********"));
    m_export->setText(tr("Export…"));
    m_import->setText(tr("Import…"));
    m_clear->setText(tr("Clear"));
    m_liveButton->setText(tr("Back to live"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    fillTypeCombo();
    fillSlotCombo();
    m_live->retranslate();
    if (m_capture)
        m_capture->retranslate();
    m_filter->retranslate();
    fitColumns();
    updateOwnWindowButton();
    updateSourceRow();
    updateStatus();
    if (m_shownSequence)
        showRecord(*m_shownSequence);
}

void TrafficInspector::fitColumns()
{
    // Fixed widths from the header text and the widest value a column can hold, in this language
    // (sizing to the contents of 100,000 rows would cost every flush); the summary takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 3 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    QStringList types;
    for (const QString &id : traffic::knownTypeNames())
        types << traffic::typeLabel(id);
    const QLocale locale;
    const QList<int> content = {
        widest({locale.toString(99999999)}),
        widest({traffic::slotLabel(-1), traffic::slotLabel(98)}),
        widest({QStringLiteral("→")}),
        widest(types),
        widest({QStringLiteral("255")}),
        0,
        widest({locale.toString(99999.9, 'f', 1)}),
    };
    for (int c = 0; c < TrafficModel::ColumnCount; ++c) {
        if (c == TrafficModel::SummaryColumn) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, std::max(header->sectionSizeHint(c), content[c] + pad));
    }
}

void TrafficInspector::fillTypeCombo()
{
    const QString current = m_typeCombo->currentData().toString();
    const QSignalBlocker block(m_typeCombo);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All types"), QString());
    for (const QString &id : traffic::knownTypeNames())
        m_typeCombo->addItem(traffic::typeLabel(id), id);
    m_typeCombo->setCurrentIndex(std::max(0, m_typeCombo->findData(current)));
}

void TrafficInspector::fillSlotCombo()
{
    // The sources the shown table has seen, named as the station names them; the chosen one stays
    // chosen (and listed) while the table fills or empties.
    const QVariant current = m_slotCombo->currentData();
    QList<int> seen = model()->slotsSeen();
    if (current.isValid() && !seen.contains(current.toInt()))
        seen.insert(std::lower_bound(seen.begin(), seen.end(), current.toInt()), current.toInt());
    const QSignalBlocker block(m_slotCombo);
    m_slotCombo->clear();
    m_slotCombo->addItem(tr("All sources"));
    for (int slot : std::as_const(seen))
        m_slotCombo->addItem(traffic::slotLabel(slot), slot);
    m_slotCombo->setCurrentIndex(current.isValid() ? m_slotCombo->findData(current) : 0);
}

void TrafficInspector::setEngineerMode(bool on)
{
    m_engineer = on;
    m_reveal->setEnabled(on);
    m_exportSecrets->setEnabled(on);
    if (!on) {
        m_reveal->setChecked(false);
        m_exportSecrets->setChecked(false);
        m_live->setRevealSecrets(false);
    }
}

void TrafficInspector::addRecord(const TrafficRecord &record)
{
    addRecordWithOriginal(record, {});
}

void TrafficInspector::addRecordWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw)
{
    m_live->appendWithOriginal(record, originalRaw);
    // Paused, nothing flushes: the status line still counts what waits (at most 4 times a second).
    if (m_live->isPaused() && !m_statusTimer.isActive())
        m_statusTimer.start();
}

void TrafficInspector::clear()
{
    m_live->clear();
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
    showMessage(tr("No shown record contains \"%1\".").arg(needle), false);
    return false;
}

void TrafficInspector::syncDetailToSelection()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        clearDetail();
        return;
    }
    const quint64 sequence = m_filter->sequenceAt(selected.first().row());
    if (m_shownSequence != sequence)
        showRecord(sequence);
}

void TrafficInspector::onFilterReset()
{
    // A filter change or another source rebuilt the rows: keep the record if it is still shown.
    const int row = m_shownSequence ? m_filter->rowOfSequence(*m_shownSequence) : -1;
    if (row < 0) {
        clearDetail();
        return;
    }
    const QModelIndex index = m_filter->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TrafficInspector::clearDetail()
{
    m_shownSequence.reset();
    m_tree->clear();
    m_hex->setData({});
}

void TrafficInspector::showRecord(quint64 sequence)
{
    const qsizetype row = model()->log().rowOf(sequence);
    if (row < 0) {
        clearDetail();
        return;
    }
    m_shownSequence = sequence;
    const bool revealed = m_engineer && m_reveal->isChecked();
    const TrafficRecord r = model()->record(int(row), revealed);
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
    const QLocale locale;
    const TrafficModel *shown = model();
    QString text =
        tr("%1 records, %2 shown").arg(locale.toString(shown->rowCount()), locale.toString(m_filter->rowCount()));
    if (shown->droppedCount())
        text += tr(", %1 dropped (capacity %2)")
                    .arg(locale.toString(qulonglong(shown->droppedCount())), locale.toString(shown->capacity()));
    if (shown->pendingCount() && !shown->isPaused() && shown == m_capture)
        text += tr(", %1 still loading").arg(locale.toString(shown->pendingCount()));
    if (m_live->isPaused())
        text += tr(", paused with %1 waiting").arg(locale.toString(m_live->pendingCount()));
    if (m_capture)
        text += tr("; live traffic meanwhile: %1").arg(recordCount(m_live->rowCount() + m_live->pendingCount()));
    m_status->setText(text);
}

void TrafficInspector::updateSourceRow()
{
    if (m_capture) {
        m_source->setText(tr("Showing the capture %1").arg(QFileInfo(m_capturePath).fileName()));
        m_source->setToolTip(QDir::toNativeSeparators(m_capturePath));
    } else {
        m_source->setText(tr("Showing the live traffic"));
        m_source->setToolTip({});
    }
    m_liveButton->setVisible(m_capture != nullptr);
    m_pause->setEnabled(!m_capture);
    m_clear->setEnabled(!m_capture);
}

void TrafficInspector::updateOwnWindowButton()
{
    QDockWidget *d = dock();
    m_ownWindow->setVisible(d != nullptr);
    if (d)
        m_ownWindow->setText(d->isFloating() ? tr("Back into the main window") : tr("Open in its own window"));
}

void TrafficInspector::toggleOwnWindow()
{
    QDockWidget *d = dock();
    if (!d)
        return;
    if (d->isFloating()) {
        d->setFloating(false);
    } else {
        d->setFloating(true);
        // Two thirds of the screen, over the main window: room for the table and both panes.
        const QRect screen = d->screen() ? d->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size = QSize(screen.width() * 2 / 3, screen.height() * 2 / 3).expandedTo(sizeHint());
        const QSize fitted = size.boundedTo(screen.size());
        d->resize(fitted);
        d->move(screen.center() - QPoint(fitted.width() / 2, fitted.height() / 2));
    }
    updateOwnWindowButton();
}

void TrafficInspector::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    m_message->setVisible(!text.isEmpty());
    if (error) {
        qCWarning(lcUi).noquote() << text;
        emit errorOccurred(text);
    }
    emit statusMessage(text);
}

QList<TrafficRecord> TrafficInspector::displayedRecords(bool revealed) const
{
    QList<TrafficRecord> out;
    const int rows = m_filter->rowCount();
    out.reserve(rows);
    for (int row = 0; row < rows; ++row)
        out << model()->record(m_filter->mapToSource(m_filter->index(row, 0)).row(), revealed);
    return out;
}

bool TrafficInspector::exportTo(Format format, const QString &path, QString *error)
{
    // Exports are redacted unless an engineer explicitly ticked "include revealed secrets".
    const bool revealed = m_engineer && m_exportSecrets->isChecked() && !m_capture;
    const QList<TrafficRecord> records = displayedRecords(revealed);
    QByteArray bytes;
    switch (format) {
    case Format::Text:
        bytes = traffic::toText(records);
        break;
    case Format::Csv:
        bytes = traffic::toCsv(records);
        break;
    case Format::Pcapng:
        bytes = traffic::toPcapng(records);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = whyNotWritable(path, file.errorString());
        showMessage(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), why), true);
        if (error)
            *error = m_message->text();
        return false;
    }
    showMessage(tr("Exported %1 to %2.").arg(recordCount(records.size()), QDir::toNativeSeparators(path)), false);
    return true;
}

void TrafficInspector::exportWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export traffic"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QStringList filters = exportFilters();
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(filters.at(int(m_lastFormat)));
    dialog->setDefaultSuffix(suffixOf(m_lastFormat));
    dialog->setDirectory(m_lastFolder);
    dialog->selectFile(QStringLiteral("traffic.") + suffixOf(m_lastFormat));
    // A name typed without a suffix gets the chosen format's.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &filter) {
        dialog->setDefaultSuffix(suffixOf(Format(std::max<qsizetype>(0, filters.indexOf(filter)))));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString &path) {
        m_lastFormat = Format(std::max<qsizetype>(0, filters.indexOf(dialog->selectedNameFilter())));
        m_lastFolder = QFileInfo(path).absolutePath();
        exportTo(m_lastFormat, path);
    });
    dialog->open();
}

bool TrafficInspector::importFrom(const QString &path, QString *error)
{
    const ReadCapture read = readCapture(path);
    if (!read.records) {
        showMessage(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(path), read.why), true);
        if (error)
            *error = m_message->text();
        return false;
    }
    showCapture(*read.records, path);
    return true;
}

void TrafficInspector::showCapture(const QList<TrafficRecord> &records, const QString &path)
{
    auto *capture = new TrafficModel(this);
    capture->setCapacity(m_live->capacity());
    capture->setFlushInterval(0); // the capture is all there: fill the table in slices right away
    for (const TrafficRecord &r : records)
        capture->append(r);
    m_shownSequence.reset();
    TrafficModel *old = m_capture;
    m_capture = capture;
    m_capturePath = path;
    connectModel(capture);
    m_filter->setTrafficModel(capture);
    delete old;
    updateSourceRow();
    updateStatus();
    QString text = tr("Imported %1 from %2.").arg(recordCount(records.size()), QDir::toNativeSeparators(path));
    if (capture->droppedCount() > 0)
        text += u' ' + tr("The table holds the newest %1; the oldest %2 did not fit.")
                           .arg(QLocale().toString(capture->capacity()),
                                QLocale().toString(qulonglong(capture->droppedCount())));
    showMessage(text, false);
}

void TrafficInspector::showLive()
{
    if (!m_capture)
        return;
    m_shownSequence.reset();
    TrafficModel *capture = m_capture;
    m_capture = nullptr;
    m_capturePath.clear();
    connectModel(m_live);
    m_filter->setTrafficModel(m_live);
    delete capture;
    updateSourceRow();
    updateStatus();
    if (m_follow->isChecked())
        m_table->scrollToBottom();
}

void TrafficInspector::importWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Import capture"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Captures (*.pcapng *.csv)"), tr("All files (*)")});
    dialog->setDirectory(m_lastFolder);
    connect(dialog, &QFileDialog::fileSelected, this, &TrafficInspector::onImportChosen);
    dialog->open();
}

void TrafficInspector::onImportChosen(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    m_import->setEnabled(false);
    auto *watcher = new QFutureWatcher<ReadCapture>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_import->setEnabled(true);
        const ReadCapture read = watcher->result();
        if (!read.records)
            showMessage(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(path), read.why), true);
        else
            confirmCapture(*read.records, path);
    });
    watcher->setFuture(QtConcurrent::run(readCapture, path));
}

void TrafficInspector::confirmCapture(const QList<TrafficRecord> &records, const QString &path)
{
    const qsizetype live = m_live->rowCount() + m_live->pendingCount();
    if (m_capture || live == 0) {
        showCapture(records, path);
        return;
    }
    // The capture takes the live traffic's place in the table: ask first.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import capture"),
                                tr("Show the capture %1 (%2) instead of the live traffic?")
                                    .arg(QFileInfo(path).fileName(), recordCount(records.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("replaceLiveQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The table holds %1 of live traffic. They are kept, and so is the traffic that "
                               "arrives meanwhile: \"Back to live\" shows them again.")
                                .arg(recordCount(live)));
    QPushButton *show = box->addButton(tr("Show the capture"), QMessageBox::AcceptRole);
    show->setObjectName(QStringLiteral("showCaptureButton"));
    box->setDefaultButton(show);
    connect(box, &QMessageBox::buttonClicked, this, [this, show, records, path](QAbstractButton *clicked) {
        if (clicked == show)
            showCapture(records, path);
        else
            showMessage(tr("Not imported: the table still shows the live traffic."), false);
    });
    box->open();
}
