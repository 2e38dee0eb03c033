#include "results/linestatsview.h"

#include "common/logging.h"
#include "provisioning/resultstore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr qint64 kHourMs = 3600000;

qint64 hourOf(const QDateTime &t)
{
    return t.toMSecsSinceEpoch() / kHourMs;
}

QString hourLabel(qint64 hour)
{
    return QDateTime::fromMSecsSinceEpoch(hour * kHourMs, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

LineStatsView::LineStatsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lineStats"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *stationLabel = new QLabel(tr("St&ation:"), this);
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("statsStationFilter"));
    m_station->addItem(tr("All stations"), QString());
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    stationLabel->setBuddy(m_station);
    auto *windowLabel = new QLabel(tr("Ho&urs:"), this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("statsWindow"));
    for (int hours : {8, 12, 24})
        m_window->addItem(tr("last %1 hours").arg(hours), hours);
    m_window->setCurrentIndex(1);
    windowLabel->setBuddy(m_window);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(stationLabel);
    bar->addWidget(m_station);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    auto *row = new QHBoxLayout;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_passed = new QBarSet(tr("passed"));
    m_passed->setColor(QColor(0x1b, 0x7f, 0x3a));
    m_failed = new QBarSet(tr("failed"));
    m_failed->setColor(QColor(0xb3, 0x26, 0x1e));
    auto *series = new QStackedBarSeries(chart);
    series->append(m_passed);
    series->append(m_failed);
    chart->addSeries(series);
    m_hours = new QBarCategoryAxis(chart);
    m_counts = new QValueAxis(chart);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_hours);
    series->attachAxis(m_counts);
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    row->addWidget(m_chart, 3);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("statsSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Median"), tr("95 %")});
    m_steps->setRootIsDecorated(false);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("statsFailures"));
    m_failures->setHeaderLabels({tr("Station"), tr("Step"), tr("Cause"), tr("Count")});
    m_failures->setRootIsDecorated(false);
    row->addWidget(m_steps, 2);
    row->addWidget(m_failures, 2);
    layout->addLayout(row, 1);

    m_tables.setSingleShot(true);
    m_tables.setInterval(1000);
    connect(&m_tables, &QTimer::timeout, this, &LineStatsView::showTables);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &LineStatsView::onLoaded);
    connect(m_station, &QComboBox::currentIndexChanged, this, &LineStatsView::reload);
    connect(m_window, &QComboBox::currentIndexChanged, this, &LineStatsView::reload);
    showSummary();
}

LineStatsView::~LineStatsView()
{
    m_watcher.disconnect(this); // the worker holds copies only; let it finish on the pool
}

void LineStatsView::setTarget(const ResultsUrl &url)
{
    m_url = url;
    m_hasTarget = true;
    reload();
}

QString LineStatsView::station() const
{
    return m_station->currentData().toString();
}

int LineStatsView::windowHours() const
{
    return m_window->currentData().toInt();
}

void LineStatsView::reload()
{
    if (!m_hasTarget)
        return;
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    // The window starts on the hour, so its first bar is a whole hour.
    const qint64 first = hourOf(QDateTime::currentDateTimeUtc()) - windowHours() + 1;
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(first * kHourMs, Qt::UTC);
    m_watcher.setFuture(QtConcurrent::run([url = m_url, since, station = station()] {
        Loaded out;
        out.since = since;
        ResultStore store; // one connection, opened and closed on this worker thread
        if (!store.open(url, &out.error))
            return out;
        if (!store.forEach(since, station, [&out](const ResultRow &r) { out.stats.add(r); }))
            out.error = store.lastError();
        out.stations = store.stations();
        return out;
    }));
}

void LineStatsView::onLoaded()
{
    const Loaded result = m_watcher.result();
    if (!result.error.isEmpty()) {
        qCWarning(lcUi) << "line statistics:" << result.error;
        m_summary->setText(tr("Cannot read the line's figures: %1").arg(result.error));
        emit loaded(false);
    } else {
        m_stats = result.stats;
        m_since = result.since;
        const QString current = station();
        const QSignalBlocker block(m_station); // a new list is not a new choice
        m_station->clear();
        m_station->addItem(tr("All stations"), QString());
        for (const QString &s : result.stations)
            m_station->addItem(s.isEmpty() ? tr("(no station id)") : s, s);
        m_station->setCurrentIndex(std::max(0, m_station->findData(current)));
        rebuildChart();
        showSummary();
        showTables();
        emit loaded(true);
    }
    if (std::exchange(m_reloadPending, false))
        reload();
}

void LineStatsView::rebuildChart()
{
    m_firstHour = hourOf(m_since);
    const int bars = windowHours();
    QStringList labels;
    QList<qreal> passed(bars, 0), failed(bars, 0);
    for (int i = 0; i < bars; ++i)
        labels.append(hourLabel(m_firstHour + i));
    for (const LineStats::Hour &h : m_stats.hours()) {
        const qint64 i = hourOf(h.start) - m_firstHour;
        if (i >= 0 && i < bars) {
            passed[i] = h.passed;
            failed[i] = h.failed;
        }
    }
    m_passed->remove(0, m_passed->count());
    m_failed->remove(0, m_failed->count());
    m_passed->append(passed);
    m_failed->append(failed);
    m_hours->setCategories(labels);
    qreal top = 1;
    for (int i = 0; i < bars; ++i)
        top = std::max(top, passed[i] + failed[i]);
    m_counts->setRange(0, std::ceil(top * 1.1));
}

int LineStatsView::barFor(qint64 hour)
{
    int index = int(hour - m_firstHour);
    // Time moved past the last bar: the chart slides by whole hours.
    while (index >= m_passed->count()) {
        m_passed->append(0);
        m_failed->append(0);
        m_hours->append(hourLabel(m_firstHour + m_passed->count() - 1));
        if (m_passed->count() > windowHours()) {
            m_hours->remove(m_hours->at(0));
            m_passed->remove(0);
            m_failed->remove(0);
            ++m_firstHour;
            --index;
        }
    }
    return index;
}

void LineStatsView::addRow(const ResultRow &row)
{
    if (!m_hasTarget || m_watcher.isRunning() || row.outcome == Outcome::Running)
        return; // a load in flight reads it from the database anyway
    if (!station().isEmpty() && row.station != station())
        return;
    if (!row.started.isValid() || row.started < m_since)
        return;
    m_stats.add(row);
    const QDateTime end = row.finished.isValid() ? row.finished : row.started;
    const int i = barFor(hourOf(end));
    if (i >= 0) {
        QBarSet *set = row.passed() ? m_passed : m_failed;
        set->replace(i, set->at(i) + 1);
        if (m_passed->at(i) + m_failed->at(i) > m_counts->max())
            m_counts->setMax(std::ceil((m_passed->at(i) + m_failed->at(i)) * 1.1));
    }
    showSummary();
    if (!m_tables.isActive())
        m_tables.start();
}

void LineStatsView::showSummary()
{
    const QLocale locale;
    const double yield = m_stats.firstPassYield();
    m_summary->setText(tr("%1 attempts, %2 passed · %3 modules/hour · first-pass yield %4")
                           .arg(m_stats.attempts())
                           .arg(m_stats.passed())
                           .arg(locale.toString(m_stats.modulesPerHour(), 'f', 1))
                           .arg(yield < 0 ? tr("–") : tr("%1 %").arg(locale.toString(yield * 100, 'f', 1))));
}

void LineStatsView::showTables()
{
    const QLocale locale;
    m_steps->clear();
    for (const LineStats::StepTime &t : m_stats.stepTimes())
        new QTreeWidgetItem(m_steps, {stepTitle(t.step), tr("%1 s").arg(locale.toString(t.medianMs / 1000.0, 'f', 2)),
                                      tr("%1 s").arg(locale.toString(t.p95Ms / 1000.0, 'f', 2))});
    m_failures->clear();
    const QList<LineStats::Failure> failures = m_stats.failures();
    for (int i = 0; i < failures.size() && i < 20; ++i) { // the top of the list is what matters
        const LineStats::Failure &f = failures[i];
        const std::optional<Step> step = stepFromName(f.step);
        auto *item = new QTreeWidgetItem(
            m_failures, {f.station, step ? stepTitle(*step) : tr("–"), causeCode(f.cause), QString::number(f.count)});
        item->setToolTip(2, causeText(f.cause));
    }
    m_steps->resizeColumnToContents(0);
}
