#include "wizard/resultpage.h"

#include "provisioning/station.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace wizardui;

ResultPage::ResultPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_banner = valueLabel("verdictLabel", this);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMinimumHeight(72);
    QFont big = m_banner->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_banner->setFont(big);
    m_cause = valueLabel("causeLabel", this);
    auto *form = new QFormLayout;
    const auto row = [&](QLabel *&value, const char *name) {
        value = valueLabel(name, this);
        auto *caption = new QLabel(this);
        m_captions.append(caption);
        form->addRow(caption, value);
    };
    row(m_hub, "assignedHubLabel");
    row(m_device, "deviceIdLabel");
    row(m_registration, "registrationIdLabel");
    row(m_substatus, "substatusLabel");
    row(m_operation, "operationIdLabel");
    row(m_module, "moduleLabel");
    row(m_times, "timesLabel");
    m_retry = button("retryButton", this);
    m_nextModule = button("nextModuleButton", this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_nextModule);
    content()->addWidget(m_banner);
    content()->addWidget(m_cause);
    content()->addLayout(form);
    content()->addStretch();
    content()->addLayout(buttons);
    connect(m_nextModule, &QPushButton::clicked, this, &ResultPage::nextModuleRequested);
    connect(m_retry, &QPushButton::clicked, this, &ResultPage::retryRequested);
    setFocusProxy(m_nextModule);
    retranslate();
}

void ResultPage::retranslate()
{
    setTitle(tr("Result"));
    setSubTitle(tr("What happened to this module."));
    const QStringList captions{tr("Assigned hub:"), tr("Device ID:"),    tr("Registration ID:"),
                               tr("Substatus:"),    tr("Operation ID:"), tr("Module:"),
                               tr("Times:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions.value(i));
    m_nextModule->setText(tr("&Next module"));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Run the same module again (Enter)"));
    if (m_row.started.isValid())
        showResult(m_row);
}

void ResultPage::initializePage()
{
    ProvisioningPage::initializePage();
    (m_row.passed() ? m_nextModule : m_retry)->setFocus();
}

void ResultPage::activateDefault()
{
    if (m_row.passed())
        emit nextModuleRequested();
    else
        emit retryRequested();
}

void ResultPage::showResult(const ResultRow &row)
{
    m_row = row;
    const bool pass = row.passed();
    m_banner->setText(pass ? tr("✔ PASS") : tr("✘ FAIL"));
    m_banner->setAccessibleName(pass ? tr("PASS") : tr("FAIL"));
    m_banner->setStyleSheet(pass ? QStringLiteral("QLabel { background: #1b7f3a; color: white; border-radius: 6px; }")
                                 : QStringLiteral("QLabel { background: #b3261e; color: white; border-radius: 6px; }"));
    m_cause->setText(pass ? tr("The module is provisioned.")
                          : QStringLiteral("<b>%1</b><br>%2")
                                .arg(causeText(row.cause).toHtmlEscaped(), row.causeMessage.toHtmlEscaped()));
    m_retry->setVisible(!pass);
    m_nextModule->setDefault(pass);
    m_retry->setDefault(!pass);
    setFocusProxy(pass ? m_nextModule : m_retry);
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    m_hub->setText(orDash(row.assignedHub));
    m_device->setText(orDash(row.deviceId));
    m_registration->setText(orDash(row.registrationId));
    m_substatus->setText(orDash(row.substatus));
    m_operation->setText(orDash(row.operationId));
    m_module->setText(orDash(QStringList{row.model, row.firmware, row.mac}.join(u' ').trimmed()));
    const qint64 ms = row.started.isValid() && row.finished.isValid() ? row.started.msecsTo(row.finished) : 0;
    const QLocale locale;
    m_times->setText(tr("started %1, finished %2, %3 s")
                         .arg(locale.toString(row.started.toLocalTime().time(), QLocale::ShortFormat),
                              locale.toString(row.finished.toLocalTime().time(), QLocale::ShortFormat),
                              locale.toString(ms / 1000.0, 'f', 1)));
}

QString ResultPage::helpText() const
{
    return tr("PASS means the module joined Wi-Fi, registered and sent its test message; its ID and hub are shown. "
              "FAIL names the cause in words: fix it (for example the Wi-Fi password) and press Retry, or Next "
              "module to go on with another module. Enter presses Next module after a PASS and Retry after a FAIL.");
}
