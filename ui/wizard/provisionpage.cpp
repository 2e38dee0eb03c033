#include "wizard/provisionpage.h"

#include "common/logging.h"
#include "device/devicestatuspanel.h"
#include "link/ports.h"
#include "provisioning/station.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

using namespace wizardui;

ProvisionPage::ProvisionPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true); // pseudo-terminals are never listed: a typed path must work
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumContentsLength(24);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    m_serial = lineEdit("serialEdit", this);
    m_serialLabel = new QLabel(this);
    m_serialLabel->setBuddy(m_serial);
    m_start = button("startButton", this);
    m_cancel = button("cancelButton", this);
    m_cancel->setEnabled(false);
    m_startError = problemLabel("startError", this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_status = new DeviceStatusPanel(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("moduleLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setMinimumHeight(80);
    m_stepsCaption = new QLabel(this);
    m_logCaption = new QLabel(this);
    m_statusCaption = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_portLabel);
    top->addWidget(m_port, 2);
    top->addWidget(m_serialLabel);
    top->addWidget(m_serial, 1);
    top->addWidget(m_start);
    top->addWidget(m_cancel);
    auto *left = new QVBoxLayout;
    left->addWidget(m_stepsCaption);
    left->addWidget(m_steps, 1);
    left->addWidget(m_progress);
    auto *right = new QVBoxLayout;
    right->addWidget(m_statusCaption);
    right->addWidget(m_status, 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 1);
    middle->addLayout(right, 2);
    content()->addLayout(top);
    content()->addWidget(m_startError);
    content()->addWidget(m_problems);
    content()->addLayout(middle, 3);
    content()->addWidget(m_logCaption);
    content()->addWidget(m_log, 1);

    connect(m_start, &QPushButton::clicked, this, &ProvisionPage::start);
    // Enter in the port box or the serial field starts (an editable combo box keeps Return to
    // itself, so the wizard would never see it); a barcode scanner ends the serial with Enter.
    connect(m_port->lineEdit(), &QLineEdit::returnPressed, this, &ProvisionPage::start);
    connect(m_serial, &QLineEdit::returnPressed, this, &ProvisionPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_port, &QComboBox::currentTextChanged, this, &ProvisionPage::showProblems);
    connect(m_station, &Station::profileChanged, this, &ProvisionPage::showProblems);
    connect(m_station, &Station::resultsStateChanged, this, &ProvisionPage::showProblems);
    connect(m_station, &Station::slotsChanged, this, &ProvisionPage::refreshPorts);
    setFocusProxy(m_port);
    retranslate();
}

void ProvisionPage::retranslate()
{
    setTitle(tr("Provision"));
    setSubTitle(tr("Plug in the module, choose its port and press Start (Enter or F5)."));
    m_portLabel->setText(tr("Mod&ule port:"));
    m_serialLabel->setText(tr("Seria&l:"));
    m_serial->setPlaceholderText(tr("scan or type, when the ID uses {serial}"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    m_stepsCaption->setText(tr("Steps"));
    m_logCaption->setText(tr("Log of this module"));
    m_statusCaption->setText(tr("Module"));
    m_port->lineEdit()->setPlaceholderText(tr("/dev/ttyUSB0 or a typed path"));
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->data(Qt::UserRole + 1).isNull())
            item->setText(QStringLiteral("○ %1").arg(stepTitle(Step(item->data(Qt::UserRole).toInt()))));
    }
}

void ProvisionPage::initializePage()
{
    ProvisioningPage::initializePage();
    refreshPorts();
    if (!isRunning() && m_finished)
        reset(); // back from the result page: ready for the next module
    m_port->setFocus();
}

void ProvisionPage::load()
{
    const bool serial = profile().identity.idTemplate.contains(QLatin1String("{serial}"));
    m_serial->setVisible(serial);
    m_serialLabel->setVisible(serial);
}

void ProvisionPage::refreshPorts()
{
    const QString current = m_port->currentText();
    QStringList paths;
    for (const PortInfo &p : ports::available())
        paths << p.path;
    for (const QString &p : m_station->ports()) {
        if (!paths.contains(p))
            paths << p;
    }
    const QSignalBlocker block(m_port);
    m_port->clear();
    m_port->addItems(paths);
    if (!current.isEmpty())
        m_port->setCurrentText(current);
    showProblems();
}

QString ProvisionPage::port() const
{
    return m_port->currentText().trimmed();
}

bool ProvisionPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

QStringList ProvisionPage::problems() const
{
    if (isRunning() || m_finished)
        return {};
    QStringList out = profile().validate();
    if (port().isEmpty())
        out << tr("Choose or type the module's port.");
    else if (const auto refusal = m_station->capabilityProblem(port()))
        out << tr("The module on this port cannot run the profile: %1").arg(*refusal);
    else if (m_station->jobOn(port()))
        out << tr("%1 is busy with another job.").arg(port());
    if (m_station->resultsState() != Station::ResultsState::Ready)
        out << tr("The results database is not ready: %1")
                   .arg(m_station->resultsError().isEmpty() ? tr("still opening") : m_station->resultsError());
    return out;
}

bool ProvisionPage::isComplete() const
{
    // Next (to the result) only once a run has finished; Start is the way on.
    return m_finished && !isRunning();
}

bool ProvisionPage::start()
{
    if (isRunning())
        return false;
    const QStringList blockers = problems();
    if (!blockers.isEmpty()) {
        m_startError->setText(blockers.join(u'\n'));
        return false;
    }
    const auto job = m_station->startPort(port(), m_serial->text().trimmed());
    if (!job) {
        m_startError->setText(job.error());
        return false;
    }
    m_startError->clear();
    m_job = *job;
    m_finished = false;
    m_result = {};
    m_steps->clear();
    for (Step s : allSteps()) {
        auto *item = new QListWidgetItem(QStringLiteral("○ %1").arg(stepTitle(s)), m_steps);
        item->setData(Qt::UserRole, int(s));
    }
    m_progress->setValue(0);
    m_progress->setStyleSheet(QString());
    m_progress->setFormat(QStringLiteral("%p%"));
    m_log->clear();
    m_status->clear();
    connect(m_job, &Job::stepStarted, this, &ProvisionPage::onStepStarted);
    connect(m_job, &Job::stepFinished, this, &ProvisionPage::onStepFinished);
    connect(m_job, &Job::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &Job::statusChanged, m_status, &DeviceStatusPanel::render);
    connect(m_job, &Job::finished, this, &ProvisionPage::onFinished);
    log(tr("Started on %1 with the profile \"%2\".").arg(port(), profile().name));
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_port->setEnabled(false);
    m_serial->setEnabled(false);
    showProblems();
    return true;
}

void ProvisionPage::setStepText(Step step, const QString &text)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->data(Qt::UserRole).toInt() == int(step)) {
            item->setText(text);
            item->setData(Qt::UserRole + 1, true);
            m_steps->setCurrentItem(item);
        }
    }
}

void ProvisionPage::onStepStarted(Step step, const QString &message)
{
    setStepText(step, QStringLiteral("▶ %1 — %2").arg(stepTitle(step), message));
    log(message);
}

void ProvisionPage::onStepFinished(const StepResult &step)
{
    QString mark = QStringLiteral("✔");
    if (step.outcome == StepOutcome::Fail)
        mark = QStringLiteral("✘");
    else if (step.outcome == StepOutcome::Skipped)
        mark = QStringLiteral("–");
    else if (step.outcome == StepOutcome::Cancelled)
        mark = QStringLiteral("■");
    setStepText(
        step.step,
        tr("%1 %2 (%3 ms) %4").arg(mark, stepTitle(step.step), QLocale().toString(step.elapsedMs), step.message));
    if (step.outcome != StepOutcome::Pass || !step.message.isEmpty())
        log(QStringLiteral("%1: %2 %3").arg(stepTitle(step.step), stepOutcomeText(step.outcome), step.message));
}

void ProvisionPage::onFinished()
{
    if (!m_job)
        return;
    m_result = m_job->result();
    m_finished = true;
    const bool pass = m_result.passed();
    if (pass) {
        m_progress->setValue(100);
    } else {
        // A failed run is not "100 %": the bar stays where it stopped, red, and says so.
        m_progress->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #b3261e; }"));
        m_progress->setFormat(tr("failed"));
    }
    log(pass ? tr("PASS") : tr("FAIL: %1").arg(m_result.causeMessage));
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_port->setEnabled(true);
    m_serial->setEnabled(true);
    showProblems();
    // The verdict is the next page: go there by itself so the operator does not have to.
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void ProvisionPage::log(const QString &line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss.zzz")), line));
}

void ProvisionPage::cleanupPage()
{
    // Back from Provision while a job runs would leave the page without its job: cancel it.
    if (isRunning())
        m_job->cancel();
}

void ProvisionPage::reset()
{
    m_finished = false;
    m_steps->clear();
    m_progress->setValue(0);
    m_progress->setStyleSheet(QString());
    m_progress->setFormat(QStringLiteral("%p%"));
    m_log->clear();
    m_status->clear();
    m_serial->clear();
    m_startError->clear();
    m_start->setEnabled(true);
    m_port->setEnabled(true);
    m_serial->setEnabled(true);
    showProblems();
}

QString ProvisionPage::helpText() const
{
    return tr("Choose the port the module is on (type the path when it is not listed) and press Start (Alt+S, "
              "Enter or F5). When the ID uses {serial}, scan the module's serial first. The steps show what the "
              "station is doing; the panel shows what it knows about the module. When it finishes, the result page "
              "opens by itself.");
}
