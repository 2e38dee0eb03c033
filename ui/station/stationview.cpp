#include "station/stationview.h"

#include "common/logging.h"
#include "link/ports.h"
#include "provisioning/station.h"
#include "station/stationtile.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
constexpr int kTileWidth = 280; // a tile's width including spacing, for the column count

/// Why the current user may not open @p path, or empty (a real check of the user's rights, which
/// opening the port would do too, without toggling its DTR line).
QString permissionProblem(const QString &path)
{
#ifdef Q_OS_UNIX
    if (QFileInfo::exists(path) && ::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0)
        return StationView::tr("You may not open %1: add your user to the group that owns it (usually: sudo usermod "
                               "-aG dialout $USER), then log out and in again.")
            .arg(path);
#else
    Q_UNUSED(path)
#endif
    return {};
}
} // namespace

StationView::StationView(Station *station, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
{
    setObjectName(QStringLiteral("stationView"));

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_startAll = new QPushButton(this);
    m_startAll->setObjectName(QStringLiteral("startAllButton"));
    m_startAll->setShortcut(QKeySequence(Qt::Key_F5));
    m_stopAll = new QPushButton(this);
    m_stopAll->setObjectName(QStringLiteral("stopAllButton"));
    m_stopAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_autoStart = new QCheckBox(this);
    m_autoStart->setObjectName(QStringLiteral("autoStartCheck"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    bar->addWidget(m_startAll);
    bar->addWidget(m_stopAll);
    bar->addWidget(m_autoStart);
    bar->addStretch();
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    // The ports the system offers; the engineer makes slots of them.
    auto *portsBox = new QVBoxLayout;
    m_portsCaption = new QLabel(this);
    m_ports = new QListWidget(this);
    m_ports->setObjectName(QStringLiteral("portList"));
    m_portsCaption->setBuddy(m_ports);
    m_typedPort = new QLineEdit(this);
    m_typedPort->setObjectName(QStringLiteral("typedPortEdit"));
    m_typedPort->setClearButtonEnabled(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addSlotButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeSlotButton"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshPortsButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *portButtons = new QHBoxLayout;
    portButtons->addWidget(m_add);
    portButtons->addWidget(m_remove);
    portButtons->addWidget(m_refresh);
    portsBox->addWidget(m_portsCaption);
    portsBox->addWidget(m_ports, 1);
    portsBox->addWidget(m_typedPort);
    portsBox->addLayout(portButtons);
    portsBox->addWidget(m_message);
    auto *portsPanel = new QWidget(this);
    portsPanel->setLayout(portsBox);
    portsPanel->setMaximumWidth(360);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("tileArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_grid->setObjectName(QStringLiteral("tileGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    m_scroll->setWidget(m_grid);
    auto *body = new QHBoxLayout;
    body->addWidget(portsPanel);
    body->addWidget(m_scroll, 1);
    layout->addLayout(body, 1);

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &StationView::tick);
    connect(m_startAll, &QPushButton::clicked, this, &StationView::startAll);
    connect(m_stopAll, &QPushButton::clicked, m_station, &Station::cancelAll);
    connect(m_autoStart, &QCheckBox::toggled, m_station, &Station::setAutoStart);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString typed = m_typedPort->text().trimmed();
        if (!typed.isEmpty())
            addPort(typed);
        else if (QListWidgetItem *item = m_ports->currentItem())
            addPort(item->data(Qt::UserRole).toString());
        else
            say(tr("Choose a port in the list or type its path."), true);
    });
    connect(m_typedPort, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_ports, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addPort(item->data(Qt::UserRole).toString()); });
    connect(m_ports, &QListWidget::currentItemChanged, this, &StationView::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &StationView::removeSelectedSlot);
    connect(m_refresh, &QPushButton::clicked, this, &StationView::refreshPorts);
    connect(m_station, &Station::slotsChanged, this, [this] {
        reloadSlots();
        refreshPorts();
    });
    connect(m_station, &Station::jobStarted, this, &StationView::onJobStarted);
    connect(m_station, &Station::slotFinished, this, &StationView::onSlotFinished);
    connect(m_station, &Station::portPresenceChanged, this, [this](int slot, bool present) {
        if (slot >= 0 && slot < m_tiles.size())
            m_tiles[slot]->setPresent(present);
    });
    // Issue 16: while the results server is away, every tile says so (and that it comes back).
    connect(m_station, &Station::resultsStateChanged, this, [this] {
        for (StationTile *t : std::as_const(m_tiles))
            t->setNotice(m_station->resultsNotice());
    });
    m_autoStart->setChecked(m_station->autoStart());
    retranslate();
    reloadSlots();
}

StationView::~StationView() = default;

void StationView::retranslate()
{
    m_startAll->setText(tr("&Start all"));
    m_startAll->setToolTip(tr("Start every slot that is not running (F5)"));
    m_stopAll->setText(tr("Stop a&ll"));
    m_stopAll->setToolTip(tr("Cancel every running slot (Shift+F5)"));
    m_autoStart->setText(tr("&Auto-start when a module is plugged in"));
    m_portsCaption->setText(tr("Ports of this &computer:"));
    m_typedPort->setPlaceholderText(tr("or type a path (/dev/ttyUSB0, a pseudo-terminal)"));
    m_add->setText(tr("A&dd slot"));
    m_remove->setText(tr("&Remove slot"));
    m_refresh->setText(tr("Sca&n again"));
    updateSummary();
    refreshPorts();
}

void StationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StationView::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void StationView::refreshPorts()
{
    const QString current = m_ports->currentItem() ? m_ports->currentItem()->data(Qt::UserRole).toString() : QString();
    m_ports->clear();
    QStringList listed;
    const auto add = [&](const QString &path, const QString &label) {
        const int slot = m_station->slotOf(path);
        auto *item = new QListWidgetItem(slot >= 0 ? tr("%1 — slot %2").arg(label).arg(slot + 1) : label, m_ports);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (path == current)
            m_ports->setCurrentItem(item);
        listed << path;
    };
    for (const PortInfo &p : ports::available())
        add(p.path, p.label());
    // Slots on ports the system does not list (pseudo-terminals, unplugged adapters).
    for (const QString &path : m_station->ports()) {
        if (!listed.contains(path))
            add(path, path);
    }
    updateButtons();
}

void StationView::updateButtons()
{
    const QListWidgetItem *item = m_ports->currentItem();
    const int slot = item ? m_station->slotOf(item->data(Qt::UserRole).toString()) : -1;
    m_remove->setEnabled(slot >= 0);
    m_remove->setToolTip(slot >= 0 ? tr("Remove slot %1").arg(slot + 1) : tr("Choose a port that is a slot"));
}

void StationView::addPort(const QString &path)
{
    const auto added = m_station->addSlot(path);
    if (!added) {
        say(added.error(), true);
        return;
    }
    m_typedPort->clear();
    const QString problem = permissionProblem(path);
    if (!problem.isEmpty())
        say(problem, true);
    else
        say(QFileInfo::exists(path) ? tr("%1 is slot %2.").arg(path).arg(m_station->slotOf(path) + 1)
                                    : tr("%1 is slot %2; it does not exist yet (plug the module in).")
                                          .arg(path)
                                          .arg(m_station->slotOf(path) + 1));
}

void StationView::removeSelectedSlot()
{
    const QListWidgetItem *item = m_ports->currentItem();
    if (!item)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    const auto removed = m_station->removeSlot(m_station->slotOf(path));
    say(removed ? tr("%1 is no longer a slot.").arg(path) : removed.error(), !removed);
}

void StationView::reloadSlots()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (int i = 0; i < m_station->slotCount(); ++i) {
        const Station::Slot &s = m_station->slotAt(i);
        auto *tile = new StationTile(i, s.port, m_grid);
        tile->setPresent(s.present);
        if (s.job && s.job->isRunning())
            tile->attach(s.job);
        else if (s.last.started.isValid())
            tile->showResult(s.last);
        connect(tile, &StationTile::retryRequested, this, [this](int slot) {
            if (const auto started = m_station->startSlot(slot); !started)
                say(started.error(), true);
        });
        connect(tile, &StationTile::stopRequested, m_station, &Station::cancelSlot);
        tile->setNotice(m_station->resultsNotice());
        m_tiles.append(tile);
    }
    relayout(true);
    updateSummary();
}

void StationView::relayout(bool force)
{
    const int count = int(m_tiles.size());
    // At most 4 columns up to 8 slots (2 x 4), wider stations may use 6; never more than fit.
    const int maxColumns = qMax(1, qMin(count, count <= 8 ? 4 : 6));
    const int fit = qMax(1, m_scroll->viewport()->width() / kTileWidth);
    const int columns = qMin(maxColumns, fit);
    if (!force && columns == m_columns)
        return;
    m_columns = columns;
    for (StationTile *t : std::as_const(m_tiles))
        m_gridLayout->removeWidget(t);
    for (int i = 0; i < count; ++i)
        m_gridLayout->addWidget(m_tiles[i], i / columns, i % columns);
    // Tab order follows reading order: the bar, the ports, then the tiles row by row.
    QWidget *previous = m_refresh;
    for (StationTile *t : std::as_const(m_tiles)) {
        for (QWidget *w : t->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (w->focusPolicy() & Qt::TabFocus) {
                setTabOrder(previous, w);
                previous = w;
            }
        }
    }
}

void StationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void StationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPorts();
    relayout();
}

void StationView::startAll()
{
    if (m_station->slotCount() == 0) {
        say(tr("There are no slots yet: add the ports of the line first."), true);
        return;
    }
    if (const QString notice = m_station->resultsNotice(); !notice.isEmpty()) {
        say(notice, true); // issue 16: the server is away, nothing new starts
        return;
    }
    qCInfo(lcUi) << "station view: start all" << m_station->slotCount() << "slots";
    m_station->startAll();
}

void StationView::onJobStarted(Job *job, int slot)
{
    if (slot < 0 || slot >= m_tiles.size())
        return;
    m_tiles[slot]->attach(job);
    if (!m_ticker.isActive())
        m_ticker.start();
    updateSummary();
}

void StationView::onSlotFinished(int slot, const ResultRow &row)
{
    if (slot < 0 || slot >= m_tiles.size())
        return;
    m_tiles[slot]->showResult(row);
    updateSummary();
}

void StationView::tick()
{
    bool running = false;
    for (StationTile *t : std::as_const(m_tiles)) {
        if (t->state() == StationTile::State::Running) {
            t->tick();
            running = true;
        }
    }
    if (!running)
        m_ticker.stop();
}

void StationView::updateSummary()
{
    int pass = 0, fail = 0, running = 0;
    for (const StationTile *t : std::as_const(m_tiles)) {
        pass += t->state() == StationTile::State::Pass;
        fail += t->state() == StationTile::State::Fail;
        running += t->state() == StationTile::State::Running;
    }
    m_summary->setText(tr("%1 passed · %2 failed · %3 running")
                           .arg(QLocale().toString(pass), QLocale().toString(fail), QLocale().toString(running)));
    m_stopAll->setEnabled(running > 0);
}
