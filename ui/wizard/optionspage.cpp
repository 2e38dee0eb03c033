#include "wizard/optionspage.h"

#include "link/ports.h"
#include "provisioning/station.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace wizardui;

OptionsPage::OptionsPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    const auto check = [this](const char *name) {
        auto *c = new QCheckBox(this);
        c->setObjectName(QString::fromLatin1(name));
        return c;
    };
    m_hub = check("connectHubCheck");
    m_telemetry = check("testTelemetryCheck");
    m_c2d = check("waitC2dCheck");
    m_reset = check("factoryResetCheck");
    m_persist = check("persistCheck");
    m_reboot = check("rebootCheck");
    m_filter = lineEdit("usbFilterEdit", this);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filter);
    m_timeoutsCaption = new QLabel(this);
    m_retriesCaption = new QLabel(this);
    m_form = new QFormLayout;
    for (QCheckBox *c : {m_hub, m_telemetry, m_c2d, m_reset, m_persist, m_reboot})
        m_form->addRow(QString(), c);
    m_form->addRow(m_filterLabel, m_filter);
    m_form->addRow(m_timeoutsCaption);
    addNumber("commandTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.commandMs; });
    addNumber("uploadTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.uploadMs; });
    addNumber("bootTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.bootMs; });
    addNumber("wifiTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.wifiMs; });
    addNumber("peerTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.peerMs; });
    addNumber("requestTimeoutSpin", 100, 600000, [](Profile &p) -> int & { return p.timeouts.requestMs; });
    addNumber("c2dTimeoutSpin", 100, 3600000, [](Profile &p) -> int & { return p.timeouts.cloudToDeviceMs; });
    m_form->addRow(m_retriesCaption);
    addNumber("commandRetriesSpin", 0, 10, [](Profile &p) -> int & { return p.retries.command; });
    addNumber("wifiRetriesSpin", 0, 10, [](Profile &p) -> int & { return p.retries.wifi; });
    addNumber("peerRetriesSpin", 0, 10, [](Profile &p) -> int & { return p.retries.peer; });
    content()->addLayout(m_form);
    content()->addWidget(m_problems);
    content()->addStretch();

    const auto toggle = [this](QCheckBox *c, bool Profile::Options::*flag) {
        connect(c, &QCheckBox::toggled, this,
                [this, flag](bool on) { edit([&](Profile &p) { p.options.*flag = on; }); });
    };
    // Off, the job ends at the DPS assignment: what needs the hub goes off with it.
    connect(m_hub, &QCheckBox::toggled, this, [this](bool on) {
        edit([&](Profile &p) {
            p.options.connectHub = on;
            if (!on)
                p.options.testTelemetry = p.options.waitCloudToDevice = false;
        });
        if (!on) {
            m_telemetry->setChecked(false);
            m_c2d->setChecked(false);
        }
        m_telemetry->setEnabled(on && editable());
        m_c2d->setEnabled(on && editable());
    });
    toggle(m_telemetry, &Profile::Options::testTelemetry);
    toggle(m_c2d, &Profile::Options::waitCloudToDevice);
    toggle(m_reset, &Profile::Options::factoryReset);
    toggle(m_persist, &Profile::Options::persist);
    toggle(m_reboot, &Profile::Options::rebootAtEnd);
    connect(m_filter, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.line.usbFilter = t.trimmed(); }); });
    setFocusProxy(m_hub);
    retranslate();
}

void OptionsPage::addNumber(const char *objectName, int min, int max, Field field)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(true);
    auto *label = new QLabel(this);
    label->setBuddy(spin);
    m_form->addRow(label, spin);
    m_numbers.append({label, spin, field});
    connect(spin, &QSpinBox::valueChanged, this, [this, field](int v) { edit([&](Profile &p) { field(p) = v; }); });
}

void OptionsPage::retranslate()
{
    setTitle(tr("Options"));
    setSubTitle(tr("What the station does besides provisioning, how long it waits, and how often it tries again."));
    m_hub->setText(tr("Connect to the assigned &IoT Hub after DPS"));
    m_hub->setToolTip(tr("Off: the job ends when DPS has assigned the device, as u-blox's own host script does"));
    m_telemetry->setText(tr("Send a test messa&ge to the hub"));
    m_c2d->setText(tr("&Wait for a cloud-to-device message"));
    m_reset->setText(tr("Fa&ctory reset the module first"));
    m_persist->setText(tr("&Keep the Wi-Fi settings on the module"));
    m_reboot->setText(tr("Restart the module when &done"));
    m_filterLabel->setText(tr("&USB filter for auto-start:"));
    m_filter->setPlaceholderText(tr("VID:PID such as 1546:0504 or 1546:*; empty: any port"));
    m_timeoutsCaption->setText(tr("<b>Deadlines</b>"));
    m_retriesCaption->setText(tr("<b>Tries after a failure</b>"));
    const QStringList names{tr("A command:"),
                            tr("A certificate upload:"),
                            tr("Start-up after a restart:"),
                            tr("Joining Wi-Fi:"),
                            tr("A cloud connection:"),
                            tr("One DPS request:"),
                            tr("A cloud-to-device message:"),
                            tr("Commands without an answer:"),
                            tr("Joining Wi-Fi again:"),
                            tr("Cloud connections again:")};
    for (int i = 0; i < m_numbers.size(); ++i) {
        m_numbers[i].label->setText(names.value(i));
        m_numbers[i].spin->setSuffix(i < 7 ? tr(" ms") : QString());
    }
}

void OptionsPage::load()
{
    Profile p = profile();
    // A hub flow always connects; a DPS flow may end at the assignment.
    m_hub->setChecked(!p.usesDps() || p.options.connectHub);
    m_telemetry->setChecked(p.options.testTelemetry);
    m_c2d->setChecked(p.options.waitCloudToDevice);
    m_reset->setChecked(p.options.factoryReset);
    m_persist->setChecked(p.options.persist);
    m_reboot->setChecked(p.options.rebootAtEnd);
    m_filter->setText(p.line.usbFilter);
    QList<QWidget *> inputs{m_hub, m_telemetry, m_c2d, m_reset, m_persist, m_reboot, m_filter};
    for (const Number &n : std::as_const(m_numbers)) {
        n.spin->setValue(n.field(p));
        inputs << n.spin;
    }
    lock(inputs);
    m_hub->setEnabled(m_hub->isEnabled() && p.usesDps());
    m_telemetry->setEnabled(m_telemetry->isEnabled() && m_hub->isChecked());
    m_c2d->setEnabled(m_c2d->isEnabled() && m_hub->isChecked());
}

QStringList OptionsPage::problems() const
{
    QString error;
    if (!ports::isValidFilter(profile().line.usbFilter, &error))
        return {tr("USB filter: %1").arg(error)};
    return {};
}

QString OptionsPage::helpText() const
{
    return tr("Without the hub connection a DPS job ends when the device is assigned, as u-blox's own host does; "
              "with it, the test message proves the module can reach its hub and the cloud-to-device wait proves "
              "the way back. A factory reset starts from a clean module (slower). Keeping the Wi-Fi settings "
              "(AT+UWSCA=0,1) lets the module reconnect after a restart. Deadlines bound every wait; a failed command, "
              "Wi-Fi join or cloud "
              "connection is tried again as often as set here (a refusal such as a wrong password is never retried). "
              "With a USB filter, auto-start makes a slot of every new port that matches.");
}
