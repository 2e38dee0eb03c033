#pragma once

#include "link/trafficrecord.h"

#include <functional>
#include <QWidget>

class HexView;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class TrafficFilterModel;
class TrafficModel;

/// The traffic inspector: a dock-ready widget with the record table (time, slot, direction,
/// type, channel, summary, latency), a filter bar (type, channel, slot, text), follow / pause,
/// search, the selected record's field tree and a hex/ASCII view that highlights the selected
/// field's bytes, plus export (text, CSV, pcapng) and import of a saved capture.
///
/// Widgets carry object names for tests: typeFilterCombo, channelFilterSpin, slotFilterSpin,
/// textFilterEdit, followCheck, pauseButton, searchEdit, findNextButton, revealCheck, trafficTable,
/// detailTree, hexView, statusLabel, exportButton, importButton, clearButton; actions
/// exportTextAction, exportCsvAction, exportPcapngAction, exportSecretsAction.
class TrafficInspector : public QWidget
{
    Q_OBJECT
public:
    enum class FileOperation
    {
        ExportText,
        ExportCsv,
        ExportPcapng,
        Import
    };
    /// Returns the file to write or read, or an empty string to cancel. Default: a file dialog.
    using FileNameHook = std::function<QString(FileOperation operation, const QString &suggestedName)>;

    explicit TrafficInspector(QWidget *parent = nullptr);

    /// Engineer mode enables the "reveal secrets" switch and the "include revealed secrets"
    /// export option; leaving it hides revealed text again.
    void setEngineerMode(bool on);
    bool isEngineerMode() const { return m_engineer; }
    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filterModel() const { return m_filter; }
    HexView *hexView() const { return m_hex; }
    void setFileNameHook(FileNameHook hook) { m_fileNameHook = std::move(hook); }

    /// Writes the displayed (filtered) rows; false and @p error on failure.
    bool exportTo(FileOperation format, const QString &path, QString *error = nullptr);
    /// Replaces the table's contents with a saved capture (pcapng or CSV written by this inspector).
    bool importFrom(const QString &path, QString *error = nullptr);

public slots:
    void addRecord(const TrafficRecord &record);
    /// Engineer-mode stations only: @p originalRaw (unredacted) is kept in memory for "reveal".
    void addRecordWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw);
    void clear();
    /// Selects the next displayed row whose summary contains the search text; false if none.
    bool findNext();

signals:
    void errorOccurred(const QString &message);

private:
    void runExport(FileOperation format);
    void runImport();
    void showRow(int sourceRow);
    void onFieldSelected(QTreeWidgetItem *item);
    void onByteClicked(int offset);
    void updateStatus();
    QList<TrafficRecord> displayedRecords(bool revealed) const;

    TrafficModel *m_model;
    TrafficFilterModel *m_filter;
    QTableView *m_table;
    QTreeWidget *m_tree;
    HexView *m_hex;
    QComboBox *m_typeCombo;
    QSpinBox *m_channelSpin;
    QSpinBox *m_slotSpin;
    QLineEdit *m_textEdit;
    QCheckBox *m_follow;
    QToolButton *m_pause;
    QLineEdit *m_search;
    QCheckBox *m_reveal;
    QAction *m_exportSecrets;
    QLabel *m_status;
    FileNameHook m_fileNameHook;
    bool m_engineer = false;
    int m_shownRow = -1;
};
