#pragma once

#include "provisioning/resultstore.h"

#include <functional>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class ResultsModel;

/// The results history (docs/station-view.md): every attempt from the ResultStore in a sortable,
/// filterable table; the selected attempt's assignment (hub, device id, substatus, operation id,
/// times, steps) in a detail pane beside it; CSV export. The database is read on a worker thread,
/// so a long history never blocks the window.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(const QString &databasePath, QWidget *parent = nullptr);
    ~ResultsView() override;

    /// Reloads the history from the database (asynchronously; see loaded()).
    void refresh();
    /// Replaces the save-file dialog of Export (tests, scripted use). An empty name cancels.
    void setFileNameProvider(std::function<QString()> provider) { m_fileNameProvider = std::move(provider); }
    /// Exports the whole history (ResultStore::exportCsv, docs/stores.md columns) to @p path in the background.
    void exportTo(const QString &path);
    QString databasePath() const { return m_path; }

signals:
    /// A refresh finished; @p rows is the number of attempts loaded (-1 on error).
    void loaded(int rows);
    void exportFinished(bool ok, const QString &message);

private:
    struct Loaded
    {
        QList<ResultRow> rows;
        QString error;
    };
    void onLoaded();
    void onExported();
    void exportClicked();
    void showDetails();
    void setBusy(bool busy);

    QString m_path;
    std::function<QString()> m_fileNameProvider;
    bool m_reloadPending = false;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportPath;

    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_detail = nullptr;
    QTreeWidget *m_steps = nullptr;
    QHash<QString, QLabel *> m_fields;
};
