#pragma once

#include "link/trafficrecord.h"

#include <optional>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class HexView;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class TrafficFilterModel;
class TrafficModel;

/// The traffic inspector: a dock-ready widget with the record table (time, source, direction,
/// type, channel, summary, latency), a filter bar (type, source, channel, text), follow / pause,
/// search, the selected record's field tree and a hex/ASCII view that highlights the selected
/// field's bytes, plus export (text, CSV, pcapng) and import of a saved capture.
///
/// The table shows either the live traffic or an imported capture (the status row says which and
/// offers "Back to live"); live records keep arriving while a capture is shown. Sources are named
/// as the station names them: "Slot 1" for slot 0, "Wizard" for the wizard's or a script's jobs.
/// Export and import say what they did (path, record count) or what went wrong (which file, why)
/// in the message row and through statusMessage().
///
/// Widgets carry object names for tests: typeFilterCombo, slotFilterCombo, channelFilterSpin,
/// textFilterEdit, searchEdit, findNextButton, followCheck, pauseButton, revealCheck,
/// exportSecretsCheck, exportButton, importButton, clearButton, ownWindowButton, trafficTable,
/// detailTree, hexView, sourceLabel, statusLabel, liveButton, messageLabel; the dialogs
/// exportDialog, importDialog and the question replaceLiveQuestion.
class TrafficInspector : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Text,
        Csv,
        Pcapng
    };

    explicit TrafficInspector(QWidget *parent = nullptr);
    ~TrafficInspector() override;

    /// Engineer mode enables the "reveal secrets" switch and the "include revealed secrets"
    /// export option; leaving it hides revealed text again.
    void setEngineerMode(bool on);
    bool isEngineerMode() const { return m_engineer; }
    /// The model the table shows: the live traffic, or the imported capture.
    TrafficModel *model() const;
    TrafficModel *liveModel() const { return m_live; }
    TrafficFilterModel *filterModel() const { return m_filter; }
    HexView *hexView() const { return m_hex; }
    bool isShowingCapture() const { return !m_capture.isNull(); }
    QString capturePath() const { return m_capturePath; }

    /// Writes the displayed (filtered) rows; false and @p error (the file and why) on failure.
    bool exportTo(Format format, const QString &path, QString *error = nullptr);
    /// Reads a capture (pcapng or CSV written by this inspector) and shows it instead of the live
    /// traffic (which keeps arriving, see showLive()); false and @p error, with nothing changed,
    /// when the file cannot be read or is not a capture. Asks nothing: the Import button asks
    /// before a capture takes the live traffic's place.
    bool importFrom(const QString &path, QString *error = nullptr);

    QSize sizeHint() const override;

public slots:
    void addRecord(const TrafficRecord &record);
    /// Engineer-mode stations only: @p originalRaw (unredacted) is kept in memory for "reveal".
    void addRecordWithOriginal(const TrafficRecord &record, const QByteArray &originalRaw);
    /// Empties the live table.
    void clear();
    /// Back to the live traffic; the capture is dropped.
    void showLive();
    /// Selects the next displayed row whose summary contains the search text; false if none.
    bool findNext();
    /// The export dialog: one file filter per format, the chosen filter picks the format.
    void exportWithDialog();
    /// The import dialog; a question before a capture takes the live traffic's place.
    void importWithDialog();
    /// Floats the surrounding dock as a window of its own at a usable size, or docks it again.
    void toggleOwnWindow();

signals:
    /// What an export or import did ("Exported 12 records to …"), or why it failed.
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createWidgets();
    QLayout *createLayout();
    void connectWidgets();
    void connectModel(TrafficModel *model);
    void retranslate();
    void fitColumns();
    void fillTypeCombo();
    void fillSlotCombo();
    void showCapture(const QList<TrafficRecord> &records, const QString &path);
    void onImportChosen(const QString &path);
    void confirmCapture(const QList<TrafficRecord> &records, const QString &path);
    void showRecord(quint64 sequence);
    void clearDetail();
    void syncDetailToSelection();
    void onFilterReset();
    void onFieldSelected(QTreeWidgetItem *item);
    void onByteClicked(int offset);
    void updateStatus();
    void updateSourceRow();
    void updateOwnWindowButton();
    void showMessage(const QString &text, bool error);
    QList<TrafficRecord> displayedRecords(bool revealed) const;
    QDockWidget *dock() const;

    TrafficModel *m_live;
    QPointer<TrafficModel> m_capture;
    QString m_capturePath;
    TrafficFilterModel *m_filter;
    QTableView *m_table = nullptr;
    QSplitter *m_split = nullptr;       ///< the table and the details: side by side when wide and short
    QSplitter *m_detailSplit = nullptr; ///< the field tree and the hex view
    QTreeWidget *m_tree = nullptr;
    HexView *m_hex = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_slotCombo = nullptr;
    QSpinBox *m_channelSpin = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_findNext = nullptr;
    QCheckBox *m_follow = nullptr;
    QToolButton *m_pause = nullptr;
    QCheckBox *m_reveal = nullptr;
    QCheckBox *m_exportSecrets = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_ownWindow = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_liveButton = nullptr;
    QLabel *m_message = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    QTimer m_statusTimer;
    bool m_engineer = false;
    std::optional<quint64> m_shownSequence; ///< the record in the detail pane (of the shown model)
    Format m_lastFormat = Format::Csv;
    QString m_lastFolder;
};
