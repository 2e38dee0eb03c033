#include "station/stationtile.h"

#include "provisioning/job.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Colours for the verdict strip; the word and the symbol carry the meaning, the colour only helps.
// Green and red are picked dark enough for white text (contrast > 4.5:1) and differ in lightness,
// so they also separate for red-green colour-blind operators.
const char *const kPassStyle = "QLabel { background: #1b7f3a; color: white; font-weight: bold; border-radius: 4px; }";
const char *const kFailStyle = "QLabel { background: #b3261e; color: white; font-weight: bold; border-radius: 4px; }";
const char *const kRunStyle = "QLabel { background: #1f5fae; color: white; font-weight: bold; border-radius: 4px; }";
const char *const kIdleStyle = "QLabel { background: palette(midlight); font-weight: bold; border-radius: 4px; }";

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("–"), parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

StationTile::StationTile(int slot, const QString &port, QWidget *parent)
    : QFrame(parent)
    , m_slot(slot)
{
    setObjectName(QStringLiteral("slotTile%1").arg(slot));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(240);
    setAccessibleName(tr("Slot %1").arg(slot + 1));

    auto *layout = new QVBoxLayout(this);

    m_port = new QLabel(tr("Slot %1 · %2").arg(slot + 1).arg(port), this);
    m_port->setObjectName(QStringLiteral("portLabel"));
    QFont bold = m_port->font();
    bold.setBold(true);
    m_port->setFont(bold);
    m_port->setToolTip(port);
    layout->addWidget(m_port);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_model = valueLabel("modelLabel", this);
    m_firmware = valueLabel("firmwareLabel", this);
    m_mac = valueLabel("macLabel", this);
    form->addRow(tr("Module:"), m_model);
    form->addRow(tr("Firmware:"), m_firmware);
    form->addRow(tr("MAC:"), m_mac);
    layout->addLayout(form);

    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setWordWrap(true);
    layout->addWidget(m_step);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_elapsed = new QLabel(elapsedText(0), this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setToolTip(tr("Elapsed time"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    layout->addLayout(progressRow);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumHeight(56);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);

    m_cause = new QLabel(this);
    m_cause->setObjectName(QStringLiteral("causeLabel"));
    m_cause->setWordWrap(true);
    m_cause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_cause);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border-radius: 4px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *buttons = new QHBoxLayout;
    // No mnemonics here: every tile has these buttons, and one letter cannot mean them all.
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Run this slot again"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Cancel this slot"));
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_slot); });
    connect(m_stop, &QPushButton::clicked, this, [this] { emit stopRequested(m_slot); });

    setState(State::Absent);
}

void StationTile::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void StationTile::setPresent(bool present)
{
    m_present = present;
    if (m_state == State::Absent || m_state == State::Idle)
        setState(present ? State::Idle : State::Absent);
}

void StationTile::attach(Job *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_model->setText(QStringLiteral("–"));
    m_firmware->setText(QStringLiteral("–"));
    m_mac->setText(QStringLiteral("–"));
    m_cause->clear();
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
    m_finalMs = -1;
    m_clock.start();
    setState(State::Running);
    tick();
    if (!job)
        return;
    connect(job, &Job::stepStarted, this, [this](Step step, const QString &message) {
        m_step->setText(message.isEmpty() ? stepTitle(step) : message);
        m_step->setToolTip(stepTitle(step));
    });
    connect(job, &Job::progress, this, [this](int percent) { m_progress->setValue(qBound(0, percent, 100)); });
    connect(job, &Job::statusChanged, this, [this](const ModuleStatus &status) { showModule(status.module); });
}

void StationTile::showModule(const ModuleInfo &module)
{
    if (!module.model.isEmpty())
        m_model->setText(module.model);
    if (!module.firmware.isEmpty())
        m_firmware->setText(module.firmware);
    if (!module.mac.isEmpty())
        m_mac->setText(module.mac);
}

void StationTile::showResult(const ResultRow &row)
{
    ModuleInfo module;
    module.model = row.model;
    module.firmware = row.firmware;
    module.mac = row.mac;
    showModule(module);
    if (row.started.isValid() && row.finished.isValid())
        m_finalMs = row.started.msecsTo(row.finished);
    else if (m_clock.isValid())
        m_finalMs = m_clock.elapsed();
    const bool pass = row.passed();
    if (pass) {
        m_progress->setValue(100);
        m_step->setText(row.deviceId.isEmpty() ? tr("Done") : tr("Device %1").arg(row.deviceId));
        m_cause->setText(row.assignedHub.isEmpty() ? QString() : tr("Assigned to %1").arg(row.assignedHub));
    } else {
        // The bar stays where the job stopped; the verdict says it failed.
        m_cause->setText(row.causeMessage.isEmpty() ? causeText(row.cause) : row.causeMessage);
        m_cause->setToolTip(causeText(row.cause));
    }
    setState(pass ? State::Pass : State::Fail);
    tick();
}

void StationTile::tick()
{
    if (m_finalMs >= 0)
        m_elapsed->setText(elapsedText(m_finalMs));
    else if (m_state == State::Running && m_clock.isValid())
        m_elapsed->setText(elapsedText(m_clock.elapsed()));
}

void StationTile::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Absent:
        m_verdict->setText(tr("NO MODULE"));
        m_verdict->setStyleSheet(QLatin1String(kIdleStyle));
        m_step->setText(tr("Plug in a module"));
        break;
    case State::Idle:
        m_verdict->setText(tr("READY"));
        m_verdict->setStyleSheet(QLatin1String(kIdleStyle));
        m_step->setText(tr("Waiting to start"));
        break;
    case State::Running:
        m_verdict->setText(tr("RUNNING"));
        m_verdict->setStyleSheet(QLatin1String(kRunStyle));
        break;
    case State::Pass:
        m_verdict->setText(tr("✔ PASS"));
        m_verdict->setStyleSheet(QLatin1String(kPassStyle));
        break;
    case State::Fail:
        m_verdict->setText(tr("✘ FAIL"));
        m_verdict->setStyleSheet(QLatin1String(kFailStyle));
        break;
    }
    m_progress->setProperty("failed", state == State::Fail);
    m_progress->setStyleSheet(state == State::Fail ? QStringLiteral("QProgressBar::chunk { background: #b3261e; }")
                                                   : QString());
    m_verdict->setAccessibleName(m_verdict->text());
    m_retry->setVisible(state == State::Fail || state == State::Pass);
    m_retry->setText(state == State::Fail ? tr("Retry") : tr("Run again"));
    m_stop->setVisible(state == State::Running);
}

QString StationTile::elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}
