#include "mainwindow.h"

#include <QCoreApplication>

#include <QTimer>

#include <QLineEdit>

#include <QTableView>

#include "common/i18n.h"
#include "common/logging.h"
#include "settings/engineerlogin.h"
#include "wizard/provisioningsession.h"
#include "wizard/provisioningwizard.h"

#include "provisioning/resultstore.h"
#include "provisioning/resulttracker.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"

#if __has_include("inspector/trafficinspector.h")
#include "inspector/trafficinspector.h"
#define PS_HAVE_INSPECTOR 1
#endif
#if __has_include("station/stationview.h")
#include "station/stationview.h"
#define PS_HAVE_STATIONVIEW 1
#endif
#if __has_include("results/resultsview.h")
#include "results/resultsview.h"
#define PS_HAVE_RESULTSVIEW 1
#endif
#if __has_include("certs/certificatetools.h")
#include "certs/certificatetools.h"
#define PS_HAVE_CERTTOOLS 1
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

struct MainWindow::Actions
{
    QMenu *file, *mode, *tools, *view, *settings, *language, *help;
    QAction *open, *save, *quit, *operatorMode, *engineerMode, *certTools, *inspector, *about;
    QList<QAction *> languages;
};

namespace {
QString languageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}
} // namespace

MainWindow::MainWindow(ProvisioningSession *session, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session ? session : new ProvisioningSession(this))
    , m_databasePath(databasePath.isEmpty() ? ResultStore::defaultPath() : databasePath)
    , m_a(new Actions)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_results = new ResultWriter(m_databasePath, this);
    if (!m_session->results())
        m_session->setResults(m_results);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_wizard = new ProvisioningWizard(m_session, m_tabs);
    m_wizard->setWindowFlags(Qt::Widget);
    m_tabs->addTab(m_wizard, QString());

    m_station = new Station(m_session->profile(), m_session->secrets(), m_results, this);
    m_station->setPorts(m_session->ports());
    connect(m_session, &ProvisioningSession::profileReplaced, this, [this] {
        if (!m_station->isBusy())
            m_station->setProfile(m_session->profile());
    });
    connect(m_session, &ProvisioningSession::profileEdited, this, [this] {
        if (!m_station->isBusy())
            m_station->setProfile(m_session->profile());
    });
    connect(m_session, &ProvisioningSession::secretsChanged, m_station, &Station::setSecrets);
    connect(m_session, &ProvisioningSession::portsChanged, this, [this] {
        if (m_station->isBusy())
            return;
        m_station->setPorts(m_session->ports());
#ifdef PS_HAVE_STATIONVIEW
        static_cast<StationView *>(m_stationView)->reloadSlots();
#endif
    });
#ifdef PS_HAVE_STATIONVIEW
    auto *stationView = new StationView(m_station, m_tabs);
    stationView->setObjectName(QStringLiteral("stationView"));
    m_stationView = stationView;
#else
    m_stationView = new QLabel(tr("The station view is not part of this build."), m_tabs);
#endif
    m_tabs->addTab(m_stationView, QString());
#ifdef PS_HAVE_RESULTSVIEW
    auto *resultsView = new ResultsView(m_databasePath, m_tabs);
    resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView = resultsView;
    // Refresh after the writer stored the row (its queue runs in order, so a flush-free refresh
    // right after finish() may miss it; the tab change refreshes again).
    connect(m_session, &ProvisioningSession::jobFinished, resultsView, [resultsView] { resultsView->refresh(); });
    connect(m_station, &Station::slotFinished, resultsView, [resultsView] { resultsView->refresh(); });
    connect(m_tabs, &QTabWidget::currentChanged, resultsView, [this, resultsView](int index) {
        if (m_tabs->widget(index) == resultsView)
            resultsView->refresh();
    });
#else
    m_resultsView = new QLabel(tr("The results history is not part of this build."), m_tabs);
#endif
    m_tabs->addTab(m_resultsView, QString());
    setCentralWidget(m_tabs);

    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
#ifdef PS_HAVE_INSPECTOR
    auto *inspector = new TrafficInspector(m_inspectorDock);
    inspector->setObjectName(QStringLiteral("trafficInspector"));
    connect(m_session, &ProvisioningSession::traffic, inspector, &TrafficInspector::addRecord);
    connect(m_station, &Station::traffic, inspector, &TrafficInspector::addRecord);
    // Engineer mode keeps secret originals in memory so the inspector can reveal them on screen.
    connect(m_session, &ProvisioningSession::trafficWithOriginal, inspector, &TrafficInspector::addRecordWithOriginal);
    connect(m_station, &Station::trafficWithOriginal, inspector, &TrafficInspector::addRecordWithOriginal);
    connect(m_session, &ProvisioningSession::engineerModeChanged, m_station, &Station::setRevealSecrets);
    connect(m_session, &ProvisioningSession::engineerModeChanged, inspector, &TrafficInspector::setEngineerMode);
    m_inspector = inspector;
#else
    m_inspector = new QLabel(tr("The traffic inspector is not part of this build."), m_inspectorDock);
#endif
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide();

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("statusMode"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("statusProfile"));
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    connect(m_session, &ProvisioningSession::engineerModeChanged, this, &MainWindow::updateModeUi);
    connect(m_session, &ProvisioningSession::profileReplaced, this, &MainWindow::updateModeUi);
    connect(m_session, &ProvisioningSession::jobStarted, this,
            [this] { statusBar()->showMessage(tr("Provisioning…")); });
    connect(m_session, &ProvisioningSession::jobFinished, this, [this](const ResultRow &row) {
        statusBar()->showMessage(row.outcome == QLatin1String("pass") ? tr("Last module: PASS (%1)").arg(row.deviceId)
                                                                      : tr("Last module: FAIL (%1)").arg(row.cause));
    });
    connect(m_results, &ResultWriter::error, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Results database: %1").arg(message)); });

    createMenus();
    retranslate();
    updateModeUi();
    resize(1100, 780);
}

MainWindow::~MainWindow()
{
    m_session->cancelJob();
    m_station->cancelAll();
    delete m_a;
}

void MainWindow::createMenus()
{
    Actions &a = *m_a;
    a.file = menuBar()->addMenu(QString());
    a.open = a.file->addAction(QString(), this, &MainWindow::openProfileDialog);
    a.open->setObjectName(QStringLiteral("actionOpenProfile"));
    a.open->setShortcut(QKeySequence::Open);
    a.save = a.file->addAction(QString(), this, &MainWindow::saveProfileDialog);
    a.save->setObjectName(QStringLiteral("actionSaveProfile"));
    a.save->setShortcut(QKeySequence::Save);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), this, &QWidget::close);
    a.quit->setObjectName(QStringLiteral("actionQuit"));
    a.quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms

    a.mode = menuBar()->addMenu(QString());
    m_modeGroup = new QActionGroup(this);
    a.operatorMode = a.mode->addAction(QString(), this, &MainWindow::setOperatorMode);
    a.operatorMode->setObjectName(QStringLiteral("actionOperatorMode"));
    a.operatorMode->setCheckable(true);
    a.operatorMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.engineerMode = a.mode->addAction(QString(), this, &MainWindow::requestEngineerMode);
    a.engineerMode->setObjectName(QStringLiteral("actionEngineerMode"));
    a.engineerMode->setCheckable(true);
    a.engineerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_modeGroup->addAction(a.operatorMode);
    m_modeGroup->addAction(a.engineerMode);

    a.tools = menuBar()->addMenu(QString());
    a.certTools = a.tools->addAction(QString(), this, [this] {
#ifdef PS_HAVE_CERTTOOLS
        auto *dialog = new CertificateToolsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
#else
        statusBar()->showMessage(tr("The certificate tools are not part of this build."), 5000);
#endif
    });
    a.certTools->setObjectName(QStringLiteral("actionCertificateTools"));
    a.certTools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    a.view = menuBar()->addMenu(QString());
    a.inspector = m_inspectorDock->toggleViewAction();
    a.inspector->setObjectName(QStringLiteral("actionInspector"));
    a.inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    a.view->addAction(a.inspector);

    a.settings = menuBar()->addMenu(QString());
    a.language = a.settings->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    QStringList languages{QStringLiteral("en")};
    languages += i18n::available();
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const QString &code : languages) {
        QAction *action = a.language->addAction(languageName(code), this, [this, code] { setLanguage(code); });
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(code == current || (current.isEmpty() && code == QLatin1String("en")));
        m_languageGroup->addAction(action);
        a.languages << action;
    }

    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Provisioning Station"),
                                    tr("Provisioning Station %1\nu-blox u-connectXpress modules to Azure IoT.")
                                        .arg(QStringLiteral(PROVSTATION_VERSION)),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    a.about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::retranslate()
{
    Actions &a = *m_a;
    setWindowTitle(tr("Provisioning Station"));
    a.file->setTitle(tr("&File"));
    a.open->setText(tr("&Open profile…"));
    a.save->setText(tr("&Save profile as…"));
    a.quit->setText(tr("&Quit"));
    a.mode->setTitle(tr("&Mode"));
    a.operatorMode->setText(tr("&Operator (locked profile)"));
    a.engineerMode->setText(tr("&Engineer…"));
    a.tools->setTitle(tr("&Tools"));
    a.certTools->setText(tr("&Certificate tools…"));
    a.view->setTitle(tr("&View"));
    a.inspector->setText(tr("Traffic &inspector"));
    a.settings->setTitle(tr("&Settings"));
    a.language->setTitle(tr("&Language"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About"));
    m_tabs->setTabText(0, tr("&Provision"));
    m_tabs->setTabText(1, tr("S&tation"));
    m_tabs->setTabText(2, tr("&History"));
    m_inspectorDock->setWindowTitle(tr("Traffic inspector"));
    updateModeUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_a->file)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancelJob();
    m_station->cancelAll();
    event->accept();
}

void MainWindow::updateModeUi()
{
    const bool engineer = m_session->isEngineerMode();
    m_a->operatorMode->setChecked(!engineer);
    m_a->engineerMode->setChecked(engineer);
    m_a->open->setEnabled(engineer);
    m_a->save->setEnabled(engineer);
    m_modeLabel->setText(engineer ? tr("Engineer mode") : tr("Operator mode (profile locked)"));
    const QString name = m_session->profile().name.isEmpty() ? tr("(unnamed profile)") : m_session->profile().name;
    m_profileLabel->setText(tr("Profile: %1").arg(name));
}

void MainWindow::requestEngineerMode()
{
    if (m_session->isEngineerMode()) {
        updateModeUi();
        return;
    }
    updateModeUi(); // the checkable action must not show engineer before the password
    auto *dialog = new EngineerLoginDialog(m_session->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EngineerLoginDialog::granted, this, [this] {
        m_session->setEngineerMode(true);
        statusBar()->showMessage(tr("Engineer mode: the profile can be edited."), 5000);
    });
    dialog->open();
}

void MainWindow::setOperatorMode()
{
    m_session->setEngineerMode(false);
    updateModeUi();
}

void MainWindow::setLanguage(const QString &language)
{
    const QString installed = i18n::install(*qApp, language == QLatin1String("en") ? QStringLiteral("C") : language);
    QSettings().setValue(QStringLiteral("language"), language);
    qCInfo(lcUi) << "language" << language << "installed" << installed;
    for (QAction *a : std::as_const(m_a->languages))
        a->setChecked(a->objectName().endsWith(language));
}

bool MainWindow::openProfile(const QString &path, QString *error)
{
    QString e;
    auto profile = Profile::load(path, &e);
    if (!profile) {
        if (error)
            *error = e;
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, e));
        return false;
    }
    m_session->setProfile(*profile, path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::openProfileDialog()
{
    if (!m_session->isEngineerMode())
        return;
    auto *d = new QFileDialog(this, tr("Open profile"), QString(), tr("Station profiles (*.json);;All files (*)"));
    d->setObjectName(QStringLiteral("openProfileDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setFileMode(QFileDialog::ExistingFile);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &f) { openProfile(f); });
    d->open();
}

void MainWindow::saveProfileDialog()
{
    if (!m_session->isEngineerMode())
        return;
    auto *d = new QFileDialog(this, tr("Save profile"), m_session->profilePath(),
                              tr("Station profiles (*.json);;All files (*)"));
    d->setObjectName(QStringLiteral("saveProfileDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(QStringLiteral("json"));
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &f) {
        QString error;
        if (m_session->profile().save(f, &error)) {
            m_session->setProfilePath(f);
            statusBar()->showMessage(tr("Saved %1").arg(f), 5000);
        } else {
            statusBar()->showMessage(tr("Cannot save %1: %2").arg(f, error));
        }
    });
    d->open();
}

void MainWindow::runStationOnce(std::function<void()> done)
{
    m_tabs->setCurrentWidget(m_stationView);
    auto finished = std::make_shared<QMetaObject::Connection>();
    *finished = connect(m_station, &Station::allFinished, this, [this, done, finished] {
        disconnect(*finished);
        if (m_station->tracker() && m_station->tracker()->pending() > 0) {
            // The last rows are still on their way to the writer: come back when they are.
            auto settled = std::make_shared<QMetaObject::Connection>();
            *settled = connect(m_station->tracker(), &ResultTracker::settled, this, [this, done, settled] {
                disconnect(*settled);
                runStationOnceFinished(done);
            });
            return;
        }
        runStationOnceFinished(done);
    });
    m_station->startAll();
    if (!m_station->isBusy()) {
        disconnect(*finished);
        done();
    }
}

void MainWindow::runStationOnceFinished(std::function<void()> done)
{
    m_results->flush(10000);
#ifdef PS_HAVE_RESULTSVIEW
    auto *view = static_cast<ResultsView *>(m_resultsView);
    auto loaded = std::make_shared<QMetaObject::Connection>();
    *loaded = connect(view, &ResultsView::loaded, this, [this, done, loaded] {
        disconnect(*loaded);
        // One turn later the view has put its rows and busy indicator in place.
        QTimer::singleShot(0, this, done);
    });
    view->refresh();
#else
    done();
#endif
}

QStringList MainWindow::saveScreenshots(const QString &dirPath)
{
    QDir dir(dirPath);
    dir.mkpath(QStringLiteral("."));
    QStringList written;
    const auto save = [&](QWidget *w, const QString &name) {
        const QString file = dir.filePath(name + QStringLiteral(".png"));
        if (w->grab().save(file))
            written << file;
        else
            qCWarning(lcUi) << "cannot write" << file;
    };
    m_tabs->setCurrentWidget(m_wizard);
    m_wizard->restart();
    const QStringList names{QStringLiteral("wizard-1-hub"),       QStringLiteral("wizard-2-certificates"),
                            QStringLiteral("wizard-3-wifi"),      QStringLiteral("wizard-4-dps"),
                            QStringLiteral("wizard-5-provision"), QStringLiteral("wizard-6-result")};
    // Walk as far as the pages allow (no module is provisioned for a screenshot).
    for (int id = ProvisioningWizard::Page_Hub; id <= ProvisioningWizard::Page_Provision; ++id) {
        if (m_wizard->currentId() == id)
            save(this, names[id]);
        else
            save(m_wizard->page(id), names[id]);
        if (m_wizard->currentId() == id && id < ProvisioningWizard::Page_Provision)
            m_wizard->next();
    }
    m_tabs->setCurrentWidget(m_stationView);
    save(this, QStringLiteral("station"));
    m_tabs->setCurrentWidget(m_resultsView);
    if (auto *table = m_resultsView->findChild<QTableView *>()) {
        table->selectRow(0); // the assignment result, one click away
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    save(this, QStringLiteral("history"));
    m_tabs->setCurrentWidget(m_wizard);
    m_inspectorDock->show();
    m_inspectorDock->setFloating(true);
    m_inspectorDock->resize(1100, 640);
    // Show a decoded DPS answer: filter to it and select it.
    if (auto *filter = m_inspectorDock->findChild<QLineEdit *>(QStringLiteral("textFilterEdit")))
        filter->setText(QStringLiteral("registrationState"));
    if (auto *table = m_inspectorDock->findChild<QTableView *>(QStringLiteral("trafficTable"))) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        table->selectRow(0);
    }
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    save(m_inspectorDock, QStringLiteral("inspector"));
    return written;
}
