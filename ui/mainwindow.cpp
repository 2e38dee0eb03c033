#include "mainwindow.h"

#include "certs/certificatetools.h"
#include "common/i18n.h"
#include "common/logging.h"
#include "inspector/trafficinspector.h"
#include "labels/cupsprinting.h"
#include "labels/labelpreviewdialog.h"
#include "provisioning/resultstore.h"
#include "provisioning/station.h"
#include "results/resultsview.h"
#include "settings/engineerlogin.h"
#include "settings/stationsettings.h"
#include "station/stationview.h"
#include "wizard/provisioningwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

struct MainWindow::Actions
{
    QMenu *file, *mode, *tools, *view, *settings, *language, *help;
    QAction *open, *save, *saveAs, *quit, *operatorMode, *engineerMode, *certTools, *labels, *inspector, *guide,
        *shortcuts, *about, *stationSettings;
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

/// Runs @p steps one event-loop turn apart (a short timer, so layouts and paints of one step are
/// done before the next), then @p done.
void runSteps(QObject *context, QList<std::function<void()>> steps, std::function<void()> done)
{
    if (steps.isEmpty()) {
        done();
        return;
    }
    std::function<void()> first = steps.takeFirst();
    first();
    QTimer::singleShot(50, context,
                       [context, steps = std::move(steps), done = std::move(done)] { runSteps(context, steps, done); });
}
} // namespace

MainWindow::MainWindow(Station *station, QWidget *parent)
    : QMainWindow(parent)
    , m_station(station)
    , m_a(new Actions)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_wizard = new ProvisioningWizard(station, m_tabs);
    m_wizard->setWindowFlags(Qt::Widget);
    m_tabs->addTab(m_wizard, QString());
    m_stationView = new StationView(station, m_tabs);
    m_tabs->addTab(m_stationView, QString());
    m_resultsView = new ResultsView(station->resultsPath(), m_tabs);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_tabs->addTab(m_resultsView, QString());
    setCentralWidget(m_tabs);
    // The history takes every attempt the station records, one row at a time (issue 13: never a
    // reload per module), from the station's database once it is open.
    m_resultsView->follow(station);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_resultsView)
            m_resultsView->refresh();
    });

    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspector = new TrafficInspector(m_inspectorDock);
    m_inspector->setObjectName(QStringLiteral("trafficInspector"));
    connect(station, &Station::traffic, m_inspector, &TrafficInspector::addRecord);
    // Engineer mode keeps secret originals in memory so the inspector can reveal them on screen.
    connect(station, &Station::trafficWithOriginal, m_inspector, &TrafficInspector::addRecordWithOriginal);
    connect(station, &Station::engineerModeChanged, m_inspector, &TrafficInspector::setEngineerMode);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide();
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Open at a third of the window, not the dock's minimum of a few rows.
        if (visible && !m_inspectorDock->isFloating())
            resizeDocks({m_inspectorDock}, {qMax(260, height() / 3)}, Qt::Vertical);
    });

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("statusMode"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("statusProfile"));
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    connect(station, &Station::engineerModeChanged, this, &MainWindow::updateModeUi);
    connect(station, &Station::profileChanged, this, &MainWindow::updateTitle);
    connect(station, &Station::modifiedChanged, this, &MainWindow::updateTitle);
    connect(station, &Station::jobFinished, this, [this](Job *job, const ResultRow &row) {
        const QString who = job->setup().slot >= 0 ? tr("slot %1").arg(job->setup().slot + 1) : tr("wizard");
        statusBar()->showMessage(row.passed() ? tr("Last module (%1): PASS, %2").arg(who, row.deviceId)
                                              : tr("Last module (%1): FAIL, %2").arg(who, row.causeMessage));
    });
    labelui::installCupsHandler(station->labels());
    connect(station->labels(), &label::LabelPrinter::failed, this,
            [this](int, const label::LabelData &data, const QString &error) {
                statusBar()->showMessage(tr("The label of %1 was not printed: %2").arg(data.deviceId, error));
            });
    connect(station, &Station::resultsStateChanged, this, [this](Station::ResultsState state) {
        if (state == Station::ResultsState::Failed)
            statusBar()->showMessage(tr("Results database: %1").arg(m_station->resultsError()));
    });
    createMenus();
    retranslate();
    // Fit the screen: at most 90 % of it (the pages scroll), at least what a form needs.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1100, available.width() * 9 / 10), qMin(780, available.height() * 9 / 10));
}

MainWindow::~MainWindow()
{
    m_station->cancelAll();
    delete m_a;
}

// One block per menu, in the menu bar's order: long, but read as the menu reads.
void MainWindow::createMenus()
{
    Actions &a = *m_a;
    a.file = menuBar()->addMenu(QString());
    a.open = a.file->addAction(QString(), this, &MainWindow::openProfileDialog);
    a.open->setObjectName(QStringLiteral("actionOpenProfile"));
    a.open->setShortcut(QKeySequence::Open);
    a.save = a.file->addAction(QString(), this, [this] { saveProfile(); });
    a.save->setObjectName(QStringLiteral("actionSaveProfile"));
    a.save->setShortcut(QKeySequence::Save);
    a.saveAs = a.file->addAction(QString(), this, [this] { saveProfileAs(); });
    a.saveAs->setObjectName(QStringLiteral("actionSaveProfileAs"));
    a.saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
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
        auto *dialog = new CertificateToolsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    a.certTools->setObjectName(QStringLiteral("actionCertificateTools"));
    a.certTools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    a.labels = a.tools->addAction(QString(), this, [this] {
        auto *dialog = new LabelPreviewDialog(m_station, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    a.labels->setObjectName(QStringLiteral("actionLabel"));

    a.view = menuBar()->addMenu(QString());
    a.inspector = m_inspectorDock->toggleViewAction();
    a.inspector->setObjectName(QStringLiteral("actionInspector"));
    a.inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    a.view->addAction(a.inspector);

    a.settings = menuBar()->addMenu(QString());
    a.stationSettings = a.settings->addAction(QString(), this, [this] {
        auto *dialog = new StationSettingsDialog(m_station, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { statusBar()->showMessage(tr("Results: %1").arg(m_station->resultsPath()), 5000); });
        dialog->open();
    });
    a.stationSettings->setObjectName(QStringLiteral("actionStationSettings"));
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
    a.guide = a.help->addAction(QString(), this, &MainWindow::showUserGuide);
    a.guide->setObjectName(QStringLiteral("actionUserGuide"));
    a.shortcuts = a.help->addAction(QString(), this, &MainWindow::showShortcuts);
    a.shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
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
    // Mnemonics of the whole window are unique (MnemonicsTest): menus F M O V E H, tabs P T Y,
    // the wizard's Next N and Back B; pages use the other letters.
    Actions &a = *m_a;
    a.file->setTitle(tr("&File"));
    a.open->setText(tr("&Open profile…"));
    a.save->setText(tr("&Save profile"));
    a.saveAs->setText(tr("Save profile &as…"));
    a.quit->setText(tr("&Quit"));
    a.mode->setTitle(tr("&Mode"));
    a.operatorMode->setText(tr("&Operator (locked profile)"));
    a.engineerMode->setText(tr("&Engineer…"));
    a.tools->setTitle(tr("T&ools"));
    a.certTools->setText(tr("&Certificate tools…"));
    a.labels->setText(tr("&Label and preview…"));
    a.view->setTitle(tr("&View"));
    a.inspector->setText(tr("Traffic &inspector"));
    a.settings->setTitle(tr("S&ettings"));
    a.language->setTitle(tr("&Language"));
    a.stationSettings->setText(tr("&Station and results…"));
    a.help->setTitle(tr("&Help"));
    a.guide->setText(tr("&User guide"));
    a.shortcuts->setText(tr("&Keyboard shortcuts"));
    a.about->setText(tr("&About"));
    m_tabs->setTabText(0, tr("&Provision"));
    m_tabs->setTabText(1, tr("S&tation"));
    m_tabs->setTabText(2, tr("Histor&y"));
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
    if (!m_closing && m_station->isProfileModified()) {
        event->ignore();
        whenProfileSettled([this] {
            m_closing = true;
            close();
        });
        return;
    }
    m_station->cancelAll();
    event->accept();
}

void MainWindow::setNote(const QString &note)
{
    m_note = note;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_station->profile().name.isEmpty() ? tr("(unnamed profile)") : m_station->profile().name;
    QString title = tr("%1[*] — Provisioning Station").arg(name);
    if (!m_note.isEmpty())
        title += QStringLiteral(" — ") + m_note;
    setWindowTitle(title);
    setWindowModified(m_station->isProfileModified());
    m_profileLabel->setText(m_station->isProfileModified() ? tr("Profile: %1 (not saved)").arg(name)
                                                           : tr("Profile: %1").arg(name));
}

void MainWindow::updateModeUi()
{
    const bool engineer = m_station->isEngineerMode();
    m_a->operatorMode->setChecked(!engineer);
    m_a->engineerMode->setChecked(engineer);
    m_a->open->setEnabled(engineer);
    m_a->save->setEnabled(engineer);
    m_a->saveAs->setEnabled(engineer);
    m_a->labels->setEnabled(engineer);
    m_a->stationSettings->setEnabled(engineer);
    m_modeLabel->setText(engineer ? tr("Engineer mode") : tr("Operator mode (profile locked)"));
    updateTitle();
}

void MainWindow::requestEngineerMode()
{
    if (m_station->isEngineerMode()) {
        updateModeUi();
        return;
    }
    updateModeUi(); // the checkable action must not show engineer before the password
    auto *dialog = new EngineerLoginDialog(m_station->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EngineerLoginDialog::granted, this, [this] {
        m_station->setEngineerMode(true);
        statusBar()->showMessage(tr("Engineer mode: the profile can be edited."), 5000);
    });
    dialog->open();
}

void MainWindow::setOperatorMode()
{
    if (!m_station->isEngineerMode()) {
        updateModeUi();
        return;
    }
    updateModeUi(); // stays engineer until the question is answered
    whenProfileSettled([this] { m_station->setEngineerMode(false); });
}

void MainWindow::setLanguage(const QString &language)
{
    const QString installed = i18n::install(*qApp, language == QLatin1String("en") ? QStringLiteral("C") : language);
    QSettings().setValue(QStringLiteral("language"), language);
    qCInfo(lcUi) << "language" << language << "installed" << installed;
    for (QAction *a : std::as_const(m_a->languages))
        a->setChecked(a->objectName().endsWith(language));
}

void MainWindow::whenProfileSettled(std::function<void()> then)
{
    if (!m_station->isProfileModified()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved profile"),
                                tr("The profile \"%1\" has changes that are not saved.").arg(m_station->profile().name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveChangesBox"));
    box->setInformativeText(tr("Save them before going on?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then](int) {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            saveProfile(then);
            break;
        case QMessageBox::Discard:
            m_station->revertProfile();
            then();
            break;
        default:
            break; // cancel: nothing happens
        }
    });
    box->open();
}

void MainWindow::openProfile(const QString &path)
{
    whenProfileSettled([this, path] {
        QString e;
        auto profile = Profile::load(path, &e);
        if (!profile) {
            statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, e));
            return;
        }
        m_station->setProfile(*profile, path);
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    });
}

void MainWindow::openProfileDialog()
{
    if (!m_station->isEngineerMode())
        return;
    auto *d = new QFileDialog(this, tr("Open profile"), QString(), tr("Station profiles (*.json);;All files (*)"));
    d->setObjectName(QStringLiteral("openProfileDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setFileMode(QFileDialog::ExistingFile);
    connect(d, &QFileDialog::fileSelected, this, &MainWindow::openProfile);
    d->open();
}

void MainWindow::saveProfile(std::function<void()> then)
{
    if (m_station->profilePath().isEmpty()) {
        saveProfileAs(std::move(then));
        return;
    }
    QString error;
    if (!m_station->saveProfile(m_station->profilePath(), &error)) {
        statusBar()->showMessage(tr("Cannot save %1: %2").arg(m_station->profilePath(), error));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_station->profilePath()), 5000);
    if (then)
        then();
}

void MainWindow::saveProfileAs(std::function<void()> then)
{
    auto *d = new QFileDialog(this, tr("Save profile"), m_station->profilePath(),
                              tr("Station profiles (*.json);;All files (*)"));
    d->setObjectName(QStringLiteral("saveProfileDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(QStringLiteral("json"));
    connect(d, &QFileDialog::fileSelected, this, [this, then](const QString &f) {
        QString error;
        if (!m_station->saveProfile(f, &error)) {
            statusBar()->showMessage(tr("Cannot save %1: %2").arg(f, error));
            return;
        }
        statusBar()->showMessage(tr("Saved %1").arg(f), 5000);
        if (then)
            then();
    });
    d->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    // The keys as this language and platform spell them: the wizard's Next and Back take their
    // mnemonics from their translated texts (German: Alt+W / Alt+Z).
    const auto keys = [](std::initializer_list<QKeySequence> sequences) {
        QStringList out;
        for (const QKeySequence &k : sequences)
            out << k.toString(QKeySequence::NativeText);
        return out.join(QStringLiteral(" / "));
    };
    const QKeySequence next = QKeySequence::mnemonic(m_wizard->buttonText(QWizard::NextButton));
    const QKeySequence back = QKeySequence::mnemonic(m_wizard->buttonText(QWizard::BackButton));
    const QList<QPair<QString, QString>> rows{
        {keys({Qt::Key_Enter}), tr("the page's main action: Next, Start, Next module after PASS, Retry after FAIL")},
        {keys({Qt::Key_F5}), tr("start (Provision page); start all (Station)")},
        {keys({Qt::SHIFT | Qt::Key_F5}), tr("stop all (Station)")},
        {keys({Qt::Key_F1}), tr("help for the wizard page")},
        {keys({next, back}), tr("next / back in the wizard")},
        {keys({m_a->open->shortcut()}), tr("open a profile (engineer)")},
        {keys({m_a->save->shortcut()}), tr("save the profile (engineer)")},
        {keys({m_a->engineerMode->shortcut(), m_a->operatorMode->shortcut()}), tr("engineer / operator mode")},
        {keys({m_a->inspector->shortcut()}), tr("traffic inspector")},
        {keys({m_a->certTools->shortcut()}), tr("certificate tools")},
        {keys({m_a->quit->shortcut()}), tr("quit")},
    };
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    dialog->show();
}

void MainWindow::showUserGuide()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("User guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideText"));
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    browser->setMarkdown(guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll())
                                                         : tr("The user guide is not part of this build."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 600);
    dialog->show();
}

void MainWindow::runStationOnce(std::function<void()> done)
{
    m_tabs->setCurrentWidget(m_stationView);
    if (m_station->slotCount() == 0) {
        done();
        return;
    }
    auto finished = std::make_shared<QMetaObject::Connection>();
    *finished = connect(m_station, &Station::allFinished, this, [this, done, finished] {
        disconnect(*finished);
        m_station->whenSettled([this, done] {
            auto loaded = std::make_shared<QMetaObject::Connection>();
            *loaded = connect(m_resultsView, &ResultsView::loaded, this, [done, loaded] {
                disconnect(*loaded);
                done();
            });
            m_resultsView->refresh();
        });
    });
    m_station->startAll();
}

void MainWindow::saveScreenshots(const QString &dirPath, std::function<void(const QStringList &)> done)
{
    QDir dir(dirPath);
    dir.mkpath(QStringLiteral("."));
    auto written = std::make_shared<QStringList>();
    const auto save = [this, dir, written](QWidget *w, const QString &name) {
        const QString file = dir.filePath(name + QStringLiteral(".png"));
        if (w->grab().save(file))
            written->append(file);
        else
            qCWarning(lcUi) << "cannot write" << file;
    };
    // The engineer's view of the pages (operators start at Provision).
    const bool wasEngineer = m_station->isEngineerMode();
    QList<std::function<void()>> steps;
    steps << [this] {
        m_tabs->setCurrentWidget(m_wizard);
        m_station->setEngineerMode(true);
    };
    const QStringList names{QStringLiteral("wizard-1-azure"),   QStringLiteral("wizard-2-certificates"),
                            QStringLiteral("wizard-3-wifi"),    QStringLiteral("wizard-4-identity"),
                            QStringLiteral("wizard-5-options"), QStringLiteral("wizard-6-provision")};
    for (int id = ProvisioningWizard::Page_Hub; id <= ProvisioningWizard::Page_Provision; ++id) {
        steps << [this, save, name = names[id], id] {
            save(this, name);
            if (id < ProvisioningWizard::Page_Provision)
                m_wizard->next();
        };
    }
    steps << [this] { m_tabs->setCurrentWidget(m_stationView); };
    steps << [this, save] {
        save(this, QStringLiteral("station"));
        m_tabs->setCurrentWidget(m_resultsView);
        if (auto *table = m_resultsView->findChild<QTableView *>())
            table->selectRow(0); // the assignment result, one click away
    };
    steps << [this, save] {
        save(this, QStringLiteral("history"));
        m_tabs->setCurrentWidget(m_wizard);
        m_inspectorDock->setFloating(true);
        m_inspectorDock->show();
        m_inspectorDock->resize(1100, 640);
        // Show a decoded DPS answer: filter to it.
        if (auto *filter = m_inspectorDock->findChild<QLineEdit *>(QStringLiteral("textFilterEdit")))
            filter->setText(QStringLiteral("registrationState"));
    };
    steps << [this] {
        if (auto *table = m_inspectorDock->findChild<QTableView *>(QStringLiteral("trafficTable")))
            table->selectRow(0);
    };
    steps << [this, save, wasEngineer] {
        save(m_inspectorDock, QStringLiteral("inspector"));
        m_station->setEngineerMode(wasEngineer);
    };
    runSteps(this, steps, [written, done] { done(*written); });
}
