#pragma once

#include <functional>
#include <QMainWindow>

class ProvisioningWizard;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;
class ResultsView;
class Station;
class StationView;
class TrafficInspector;

/// The station's main window, wiring only: the Station owns the state; the wizard (the operator's
/// main path), the station view and the history are its faces in tabs, the traffic inspector in a
/// dock. Menus for profiles, mode, tools, view, language and help; the title shows the profile and
/// whether it has unsaved edits, which are never lost without a question.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Station *station, QWidget *parent = nullptr);
    ~MainWindow() override;

    Station *station() const { return m_station; }
    ProvisioningWizard *wizard() const { return m_wizard; }
    QTabWidget *tabs() const { return m_tabs; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    TrafficInspector *inspector() const { return m_inspector; }
    StationView *stationView() const { return m_stationView; }
    ResultsView *resultsView() const { return m_resultsView; }

    /// Asks the engineer password (first use sets it); engineer mode on success.
    void requestEngineerMode();
    /// Operator mode; asks first when the profile has unsaved edits.
    void setOperatorMode();
    /// Installs the language ("de", "zh_CN", "en") and remembers it in QSettings.
    void setLanguage(const QString &language);
    /// Opens a profile file into the station (asks first when the profile has unsaved edits).
    void openProfile(const QString &path);
    /// Shown in the title bar (e.g. that the simulation keeps secrets in memory only).
    void setNote(const QString &note);

    /// Runs every slot once, waits until the history shows the results, then calls @p done.
    void runStationOnce(std::function<void()> done);
    /// Saves PNGs of the wizard pages, the station view, the history and the inspector into @p dir,
    /// one event-loop turn apart (no waiting inside a call); @p done gets the files written.
    void saveScreenshots(const QString &dir, std::function<void(const QStringList &)> done);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateModeUi();
    void openProfileDialog();
    void saveProfile(std::function<void()> then = {});
    void saveProfileAs(std::function<void()> then = {});
    /// Runs @p then once unsaved edits are saved or discarded; nothing when the user cancels.
    void whenProfileSettled(std::function<void()> then);
    void showShortcuts();
    void showUserGuide();

    Station *m_station = nullptr;
    ProvisioningWizard *m_wizard = nullptr;
    StationView *m_stationView = nullptr;
    ResultsView *m_resultsView = nullptr;
    TrafficInspector *m_inspector = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_note;
    bool m_closing = false;
    struct Actions;
    Actions *m_a = nullptr;
};
