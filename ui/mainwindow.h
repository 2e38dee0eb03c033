#pragma once

#include <functional>

#include <QMainWindow>
#include <QPointer>

class ProvisioningSession;
class ProvisioningWizard;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;
class ResultWriter;
class Station;

/// The station's main window: the provisioning wizard (the operator's main path) in the first tab,
/// the gang station view and the results history in the next ones, the traffic inspector in a dock,
/// menus for profiles, mode, tools, view, language and help, and a status bar saying where things are.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p session may be null (a fresh one with an empty profile is made). @p databasePath: the results
    /// database (empty: ResultStore::defaultPath()).
    explicit MainWindow(ProvisioningSession *session = nullptr, const QString &databasePath = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    ProvisioningSession *session() const { return m_session; }
    ProvisioningWizard *wizard() const { return m_wizard; }
    QTabWidget *tabs() const { return m_tabs; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QWidget *inspector() const { return m_inspector; }
    QWidget *stationView() const { return m_stationView; }
    QWidget *resultsView() const { return m_resultsView; }

    /// Asks the engineer password (first use sets it); engineer mode on success.
    void requestEngineerMode();
    void setOperatorMode();
    /// Installs the language ("de", "zh_CN", "en") and remembers it in QSettings.
    void setLanguage(const QString &language);
    /// Opens a profile file into the session (engineer mode or start-up).
    bool openProfile(const QString &path, QString *error = nullptr);

    /// Saves PNGs of the wizard pages, the station view, the inspector and the history into @p dir.
    /// Returns the files written.
    QStringList saveScreenshots(const QString &dir);
    /// Runs every station slot once, waits for the history to show the results, then calls
    /// @p done (used by --screenshot with --simulate so the pictures show a real run).
    void runStationOnce(std::function<void()> done);

private:
    void runStationOnceFinished(std::function<void()> done);

public:
protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateModeUi();
    void openProfileDialog();
    void saveProfileDialog();
    void rebuildStation();

    ProvisioningSession *m_session = nullptr;
    ProvisioningWizard *m_wizard = nullptr;
    ResultWriter *m_results = nullptr;
    Station *m_station = nullptr;
    QString m_databasePath;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QWidget *m_inspector = nullptr;
    QWidget *m_stationView = nullptr;
    QWidget *m_resultsView = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    struct Actions;
    Actions *m_a = nullptr;
};
