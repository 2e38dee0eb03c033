#include "wizard/identitypage.h"

#include "azure/identifiers.h"
#include "provisioning/station.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace wizardui;

namespace {
ModuleInfo exampleModule()
{
    ModuleInfo m;
    m.model = QStringLiteral("NINA-W152");
    m.mac = QStringLiteral("D4CA6E0D1234");
    m.serial = QStringLiteral("12345");
    return m;
}
} // namespace

IdentityPage::IdentityPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_template = lineEdit("idTemplateEdit", this);
    m_lower = new QCheckBox(this);
    m_lower->setObjectName(QStringLiteral("idLowerCaseCheck"));
    m_example = valueLabel("idExample", this);
    m_apiVersion = lineEdit("apiVersionEdit", this);
    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("dpsDeadlineSpin"));
    m_deadline->setRange(10, 900);
    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("dpsPollSpin"));
    m_poll->setRange(100, 60000);
    m_poll->setSingleStep(500);
    m_templateLabel = new QLabel(this);
    m_exampleCaption = new QLabel(this);
    m_apiLabel = new QLabel(this);
    m_deadlineLabel = new QLabel(this);
    m_pollLabel = new QLabel(this);
    m_templateLabel->setBuddy(m_template);
    m_apiLabel->setBuddy(m_apiVersion);
    m_deadlineLabel->setBuddy(m_deadline);
    m_pollLabel->setBuddy(m_poll);
    m_form = new QFormLayout;
    m_form->addRow(m_templateLabel, m_template);
    m_form->addRow(QString(), m_lower);
    m_form->addRow(m_exampleCaption, m_example);
    m_form->addRow(m_apiLabel, m_apiVersion);
    m_form->addRow(m_deadlineLabel, m_deadline);
    m_form->addRow(m_pollLabel, m_poll);
    content()->addLayout(m_form);
    content()->addWidget(m_problems);
    content()->addStretch();

    connect(m_template, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit([&](Profile &p) { p.identity.idTemplate = t; });
        m_example->setText(exampleId());
    });
    connect(m_lower, &QCheckBox::toggled, this, [this](bool on) {
        edit([&](Profile &p) { p.identity.lowerCase = on; });
        m_example->setText(exampleId());
    });
    connect(m_apiVersion, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.dps.apiVersion = t.trimmed(); }); });
    connect(m_deadline, &QSpinBox::valueChanged, this,
            [this](int s) { edit([&](Profile &p) { p.timeouts.dpsMs = s * 1000; }); });
    connect(m_poll, &QSpinBox::valueChanged, this,
            [this](int ms) { edit([&](Profile &p) { p.dps.pollIntervalMs = ms; }); });
    setFocusProxy(m_template);
    retranslate();
}

void IdentityPage::retranslate()
{
    setTitle(tr("Device identity and DPS"));
    setSubTitle(tr("How each module's ID is made, and how long to wait for the assignment."));
    m_templateLabel->setText(tr("&Registration ID template:"));
    m_template->setPlaceholderText(tr("{model}-{mac}, {serial} and literal text"));
    m_lower->setText(tr("&Lower case"));
    m_exampleCaption->setText(tr("Example:"));
    m_apiLabel->setText(tr("DPS &API version:"));
    m_deadlineLabel->setText(tr("Polling &deadline:"));
    m_deadline->setSuffix(tr(" s"));
    m_pollLabel->setText(tr("Poll &interval:"));
    m_poll->setSuffix(tr(" ms"));
    m_example->setText(exampleId());
}

void IdentityPage::load()
{
    const Profile &p = profile();
    m_template->setText(p.identity.idTemplate);
    m_lower->setChecked(p.identity.lowerCase);
    m_apiVersion->setText(p.dps.apiVersion);
    m_deadline->setValue(p.timeouts.dpsMs / 1000);
    m_poll->setValue(p.dps.pollIntervalMs);
    lock({m_template, m_lower, m_apiVersion, m_deadline, m_poll});
    const bool dps = p.usesDps();
    for (QWidget *w : QList<QWidget *>{m_apiVersion, m_deadline, m_poll}) {
        w->setVisible(dps);
        m_form->labelForField(w)->setVisible(dps);
    }
    m_example->setText(exampleId());
}

QString IdentityPage::exampleId() const
{
    const auto id = profile().deviceId(exampleModule());
    return id ? *id : QString();
}

QStringList IdentityPage::problems() const
{
    const Profile &p = profile();
    QStringList out;
    const auto id = p.deviceId(exampleModule());
    if (!id)
        out << id.error();
    else if (const auto problem = p.usesDps() ? azure::checkRegistrationId(*id, p.usesX509()) : std::nullopt)
        out << *problem;
    if (p.usesDps() && p.dps.apiVersion.isEmpty())
        out << tr("The DPS API version must not be empty.");
    return out;
}

QString IdentityPage::helpText() const
{
    return tr("Each module gets its ID from the template: {model} is the module type, {mac} its Wi-Fi MAC and "
              "{serial} a scanned serial number. For X.509 the ID is also the certificate's common name (at most "
              "64 characters). The example shows what a NINA-W152 would get. The deadline bounds how long the "
              "station waits for DPS to assign a hub.");
}
