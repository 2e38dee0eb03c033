#include "station/stationview.h"

#include "common/logging.h"
#include "provisioning/station.h"
#include "station/stationtile.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
constexpr int kTileWidth = 280; // a tile's width including spacing, for the column count
} // namespace

StationView::StationView(Station *station, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
{
    setObjectName(QStringLiteral("stationView"));

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_startAll = new QPushButton(tr("&Start all"), this);
    m_startAll->setObjectName(QStringLiteral("startAllButton"));
    m_startAll->setShortcut(QKeySequence(Qt::Key_F5));
    m_startAll->setToolTip(tr("Start every slot that is not running (F5)"));
    m_stopAll = new QPushButton(tr("S&top all"), this);
    m_stopAll->setObjectName(QStringLiteral("stopAllButton"));
    m_stopAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAll->setToolTip(tr("Cancel every running slot (Shift+F5)"));
    m_autoStart = new QCheckBox(tr("&Auto-start when a module is plugged in"), this);
    m_autoStart->setObjectName(QStringLiteral("autoStartCheck"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    bar->addWidget(m_startAll);
    bar->addWidget(m_stopAll);
    bar->addWidget(m_autoStart);
    bar->addStretch();
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("tileArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_grid->setObjectName(QStringLiteral("tileGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &StationView::tick);

    connect(m_startAll, &QPushButton::clicked, this, &StationView::startAll);
    connect(m_stopAll, &QPushButton::clicked, this, [this] {
        if (m_station)
            m_station->cancelAll();
    });

    if (!m_station) {
        m_startAll->setEnabled(false);
        m_stopAll->setEnabled(false);
        m_autoStart->setEnabled(false);
        m_summary->setText(tr("No station"));
        return;
    }
    m_autoStart->setChecked(m_station->autoStart());
    connect(m_autoStart, &QCheckBox::toggled, m_station, &Station::setAutoStart);
    connect(m_station, &Station::slotStarted, this, [this](int slot, Job *) { onSlotStarted(slot); });
    connect(m_station, &Station::slotFinished, this, &StationView::onSlotFinished);
    connect(m_station, &Station::portPresenceChanged, this, [this](int slot, bool present) {
        if (slot >= 0 && slot < m_tiles.size())
            m_tiles[slot]->setPresent(present);
    });
    connect(m_station, &QObject::destroyed, this, [this] {
        m_station = nullptr;
        m_ticker.stop();
    });
    reloadSlots();
}

StationView::~StationView() = default;

void StationView::reloadSlots()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    const int count = m_station ? m_station->slotCount() : 0;
    for (int i = 0; i < count; ++i) {
        const Station::Slot &s = m_station->slotAt(i);
        auto *tile = new StationTile(i, s.port, m_grid);
        tile->setPresent(s.present);
        if (s.job && s.job->isRunning())
            tile->attach(s.job);
        else if (!s.last.outcome.isEmpty())
            tile->showResult(s.last);
        connect(tile, &StationTile::retryRequested, this, [this](int slot) {
            if (m_station)
                m_station->start(slot);
        });
        connect(tile, &StationTile::stopRequested, this, [this](int slot) {
            if (m_station)
                m_station->cancel(slot);
        });
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
    // Tab order follows reading order: Start all, Stop all, auto-start, then the tiles row by row.
    QWidget *previous = m_autoStart;
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
    if (m_station && m_station->slotCount() != m_tiles.size())
        reloadSlots();
    else
        relayout();
}

void StationView::startAll()
{
    if (!m_station)
        return;
    if (m_station->slotCount() != m_tiles.size())
        reloadSlots();
    qCInfo(lcUi) << "station view: start all" << m_station->slotCount() << "slots";
    m_station->startAll();
}

void StationView::onSlotStarted(int slot)
{
    if (slot >= m_tiles.size() || m_station->slotCount() != m_tiles.size())
        reloadSlots();
    if (slot < 0 || slot >= m_tiles.size())
        return;
    m_tiles[slot]->attach(m_station->slotAt(slot).job);
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
    m_summary->setText(tr("%1 passed · %2 failed · %3 running").arg(pass).arg(fail).arg(running));
    m_stopAll->setEnabled(running > 0);
}
