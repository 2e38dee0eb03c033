#pragma once

#include "provisioning/linestats.h"
#include "provisioning/resultsurl.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;
class QValueAxis;

/// The line at a glance in the History view (issue 16): attempts per hour as a stacked bar chart
/// (passed / failed) over the last hours, modules per hour, first-pass yield, failures by station
/// and step, median and 95th percentile per step; for every station or the one picked.
///
/// The figures are read on a worker thread when the window or station changes; a finished attempt
/// is added in place (LineStats::add(), one bar's value), so a shift never reloads them.
class LineStatsView : public QWidget
{
    Q_OBJECT
public:
    explicit LineStatsView(QWidget *parent = nullptr);
    ~LineStatsView() override;

    void setTarget(const ResultsUrl &url);
    /// Reads the window's rows again (asynchronously; see loaded()).
    void reload();
    /// A finished attempt of any station: counted when it is in the window and the filter.
    void addRow(const ResultRow &row);
    const LineStats &stats() const { return m_stats; }
    /// The station picked ("" for every station).
    QString station() const;
    int windowHours() const;

signals:
    void loaded(bool ok);

private:
    struct Loaded
    {
        LineStats stats;
        QStringList stations;
        QString error;
        QDateTime since;
    };
    void onLoaded();
    void showSummary();
    void showTables();
    void rebuildChart();
    /// Bar index of @p hour (hours since the epoch), growing the chart when time moved on.
    int barFor(qint64 hour);

    ResultsUrl m_url;
    bool m_hasTarget = false;
    LineStats m_stats;
    QDateTime m_since;
    qint64 m_firstHour = 0; ///< the hour of bar 0 (hours since the epoch, UTC)
    QFutureWatcher<Loaded> m_watcher;
    bool m_reloadPending = false;
    QTimer m_tables; ///< the tables follow added rows at most once a second

    QComboBox *m_station = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QBarSet *m_passed = nullptr;
    QBarSet *m_failed = nullptr;
    QBarCategoryAxis *m_hours = nullptr;
    QValueAxis *m_counts = nullptr;
    QTreeWidget *m_steps = nullptr;
    QTreeWidget *m_failures = nullptr;
};
