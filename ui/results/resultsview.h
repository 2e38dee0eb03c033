#pragma once

#include "provisioning/resultstore.h"

#include <functional>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class LineStatsView;
class QHBoxLayout;
class QLabel;
class QAction;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;
class ResultsModel;
class Station;

/// The results history (docs/station-view.md): the attempts in the database in a table that loads
/// a page at a time as it is scrolled and takes every finished attempt as it is recorded, sorted
/// and filtered by the database; the selected attempt's assignment (hub, device id, substatus,
/// operation id, times, steps) beside it; the line's figures below (LineStatsView); CSV export.
/// The database is read on worker threads, so a long history never blocks the window, and nothing
/// a finished module costs here grows with the history (issue 13). Reprint label (button, the
/// row's context menu, Ctrl+P) prints the selected passed module's label again with the followed
/// station's profile template and label printer (issue 17).
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    /// @p databasePath: a path or results URL (a PostgreSQL password: see setTarget()).
    explicit ResultsView(const QString &databasePath, QWidget *parent = nullptr);
    ~ResultsView() override;

    /// Reads the database of @p url (with its password) from now on, and reloads.
    void setTarget(const ResultsUrl &url);
    /// Follows @p station: its results database once open, and every attempt it records.
    void follow(Station *station);
    /// Reloads the first page, the station list and the figures (asynchronously; see loaded()).
    void refresh();
    /// A finished attempt: placed in the table and counted in the figures, without a reload.
    void addRow(const ResultRow &row);
    /// Replaces the save-file dialog of Export (tests, scripted use). An empty name cancels.
    void setFileNameProvider(std::function<QString()> provider) { m_fileNameProvider = std::move(provider); }
    /// Exports the whole history (ResultStore::exportCsv, docs/stores.md columns) to @p path in the background.
    void exportTo(const QString &path);
    /// Prints the selected attempt's label again (the Reprint label action).
    void reprintSelected();
    QString databasePath() const { return m_url.display(); }
    LineStatsView *lineStats() const { return m_stats; }

signals:
    /// A page arrived; @p rows is the number of attempts loaded now (-1 on error).
    void loaded(int rows);
    void exportFinished(bool ok, const QString &message);
    /// A reprint asked for here was printed (@p ok) or failed; @p message is what the status says.
    void reprintFinished(bool ok, const QString &message);

private:
    struct Page
    {
        QList<ResultRow> rows;
        bool more = false;
        bool first = true; ///< the first page of a query (resets the table)
        QString error;
        quint64 generation = 0;
    };
    QHBoxLayout *makeBar();
    QWidget *makeDetailPane(QWidget *parent);
    void load(bool first);
    void onPage();
    void onExported();
    void exportClicked();
    void showDetails();
    void showStatus();
    void setBusy(bool busy);
    void updateReprint();
    void showRowMenu(const QPoint &pos);
    void onLabelDone(int request, bool ok, const QString &text);
    /// The typed filter with operator words ("PASS", "FEHLER") turned into stored names.
    QString databaseFilter() const;

    ResultsUrl m_url;
    QString m_urlError;
    std::function<QString()> m_fileNameProvider;
    quint64 m_generation = 0; ///< a page of an earlier query is dropped
    bool m_reloadPending = false;
    bool m_resized = false;
    bool m_following = false; ///< follow() was called: load once the station's database is open
    bool m_followed = false;  ///< ... and that happened
    QFutureWatcher<Page> m_pageWatcher;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;
    QTimer m_filterDelay;

    ResultsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reprint = nullptr;
    QAction *m_reprintAction = nullptr;
    QMenu *m_rowMenu = nullptr;
    QPointer<Station> m_station;    ///< followed: its profile's label template and its printer
    QHash<int, QString> m_reprints; ///< printer request -> the device id it reprints
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_detail = nullptr;
    QTreeWidget *m_steps = nullptr;
    QHash<QString, QLabel *> m_fields;
    LineStatsView *m_stats = nullptr;
};
