#include "wizard/hubpage.h"

#include "azure/devicekeys.h"
#include "azure/identifiers.h"
#include "azure/service/cloudsetup.h"
#include "azure/service/connectionstring.h"
#include "common/files.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"
#include "wizard/secretfield.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace wizardui;

HubPage::HubPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_form = new QFormLayout;
    m_name = lineEdit("profileNameEdit", this);
    m_name->setMaxLength(Profile::kMaxName);
    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("flowCombo"));
    for (const QString &f : Profile::flowNames())
        m_flow->addItem(QString(), f);
    m_dpsHost = lineEdit("dpsHostEdit", this);
    m_idScope = lineEdit("idScopeEdit", this);
    m_hubHost = lineEdit("hubHostEdit", this);
    m_deviceKeys = new QComboBox(this);
    m_deviceKeys->setObjectName(QStringLiteral("deviceKeysCombo"));
    m_deviceKeys->addItem(QString(), QStringLiteral("shared"));
    m_deviceKeys->addItem(QString(), QStringLiteral("per-device"));
    m_groupKey = new SecretField(QStringLiteral("groupKeyEdit"), this);
    m_enrollmentKey = new SecretField(QStringLiteral("enrollmentKeyEdit"), this);
    m_deviceKey = new SecretField(QStringLiteral("deviceKeyEdit"), this);
    m_import = button("importKeysButton", this);
    m_hubConnection = new SecretField(QStringLiteral("hubConnectionEdit"), this);
    m_dpsConnection = new SecretField(QStringLiteral("dpsConnectionEdit"), this);
    m_prepare = button("prepareCloudButton", this);
    m_cloudReport = new QListWidget(this);
    m_cloudReport->setObjectName(QStringLiteral("cloudReportList"));
    m_cloudReport->setMaximumHeight(120);
    m_cloudCause = problemLabel("cloudCause", this);
    m_importResult = valueLabel("importKeysResult", this);
    m_lockNote = valueLabel("lockNote", this);
    const auto label = [this](QLabel *&l, QWidget *buddy) {
        l = new QLabel(this);
        l->setBuddy(buddy);
    };
    label(m_nameLabel, m_name);
    label(m_flowLabel, m_flow);
    label(m_dpsHostLabel, m_dpsHost);
    label(m_scopeLabel, m_idScope);
    label(m_hubLabel, m_hubHost);
    label(m_keysLabel, m_deviceKeys);
    label(m_groupKeyLabel, m_groupKey->edit());
    label(m_enrollmentKeyLabel, m_enrollmentKey->edit());
    label(m_deviceKeyLabel, m_deviceKey->edit());
    label(m_hubConnectionLabel, m_hubConnection->edit());
    label(m_dpsConnectionLabel, m_dpsConnection->edit());
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_flowLabel, m_flow);
    m_form->addRow(m_dpsHostLabel, m_dpsHost);
    m_form->addRow(m_scopeLabel, m_idScope);
    m_form->addRow(m_groupKeyLabel, m_groupKey);
    m_form->addRow(m_enrollmentKeyLabel, m_enrollmentKey);
    m_form->addRow(m_hubLabel, m_hubHost);
    m_form->addRow(m_keysLabel, m_deviceKeys);
    m_form->addRow(m_deviceKeyLabel, m_deviceKey);
    m_form->addRow(QString(), m_import);
    m_form->addRow(QString(), m_importResult);
    m_form->addRow(m_dpsConnectionLabel, m_dpsConnection);
    m_form->addRow(m_hubConnectionLabel, m_hubConnection);
    m_form->addRow(QString(), m_prepare);
    m_form->addRow(QString(), m_cloudCause);
    m_form->addRow(QString(), m_cloudReport);
    content()->addWidget(m_lockNote);
    content()->addLayout(m_form);
    content()->addWidget(m_problems);
    content()->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) { edit([&](Profile &p) { p.name = t; }); });
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto flow = Profile::flowFromName(m_flow->currentData().toString()))
            edit([&](Profile &p) { p.flow = *flow; });
        updateVisibility();
    });
    connect(m_dpsHost, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.dps.host = t.trimmed(); }); });
    connect(m_idScope, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.dps.idScope = t.trimmed(); }); });
    connect(m_hubHost, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.hub.host = t.trimmed(); }); });
    connect(m_deviceKeys, &QComboBox::currentIndexChanged, this, [this] {
        const QString mode = m_deviceKeys->currentData().toString();
        edit([&](Profile &p) { p.hub.deviceKeys = mode; });
        updateVisibility();
    });
    for (SecretField *f : {m_groupKey, m_enrollmentKey, m_deviceKey}) {
        f->setValidator([](const QString &key) {
            const QByteArray raw = QByteArray::fromBase64(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            return raw.size() >= 16 && raw.size() <= 64 ? QString()
                                                        : HubPage::tr("A key is base64 text of 16 to 64 bytes, "
                                                                      "as the portal shows it.");
        });
        connect(f, &SecretField::changed, this, &HubPage::showProblems);
    }
    connect(m_import, &QPushButton::clicked, this, &HubPage::importKeys);
    connect(m_prepare, &QPushButton::clicked, this, &HubPage::prepareCloud);
    for (SecretField *f : {m_hubConnection, m_dpsConnection}) {
        f->setValidator([](const QString &text) {
            QString error;
            return azure::service::ConnectionString::parse(text, &error) ? QString() : error;
        });
        connect(f, &SecretField::changed, this, &HubPage::showProblems);
    }
    connect(m_station, &Station::secretsChanged, this, &HubPage::reload);
    setFocusProxy(m_name);
    retranslate();
}

void HubPage::retranslate()
{
    setTitle(tr("Azure"));
    setSubTitle(tr("Which Azure service the module registers with, and how it proves who it is."));
    m_nameLabel->setText(tr("Profile n&ame:"));
    m_flowLabel->setText(tr("F&low:"));
    m_dpsHostLabel->setText(tr("DPS en&dpoint:"));
    m_scopeLabel->setText(tr("DPS ID s&cope:"));
    m_hubLabel->setText(tr("IoT H&ub host:"));
    m_keysLabel->setText(tr("Dev&ice keys:"));
    m_groupKeyLabel->setText(tr("Enrollment &group key:"));
    m_enrollmentKeyLabel->setText(tr("Enrollment &key:"));
    m_deviceKeyLabel->setText(tr("Device &key:"));
    m_import->setText(tr("Impo&rt device keys from a CSV file…"));
    m_hubConnectionLabel->setText(tr("Hub connection &string:"));
    m_dpsConnectionLabel->setText(tr("DPS connection string:"));
    m_hubConnection->edit()->setPlaceholderText(tr("HostName=…;SharedAccessKeyName=…;SharedAccessKey=…"));
    m_dpsConnection->edit()->setPlaceholderText(tr("HostName=…;SharedAccessKeyName=…;SharedAccessKey=…"));
    m_prepare->setText(tr("Prepare the cloud no&w"));
    m_prepare->setToolTip(tr("Make the enrollment group (DPS) or check the hub with the service APIs; a second run "
                             "changes nothing"));
    m_hubConnection->retranslate();
    m_dpsConnection->retranslate();
    m_deviceKeys->setItemText(0, tr("One key for all devices"));
    m_deviceKeys->setItemText(1, tr("A key per device (imported from a CSV file)"));
    for (int i = 0; i < m_flow->count(); ++i)
        m_flow->setItemText(i, Profile::flowTitle(*Profile::flowFromName(m_flow->itemData(i).toString())));
    m_dpsHost->setPlaceholderText(QStringLiteral("global.azure-devices-provisioning.net"));
    m_idScope->setPlaceholderText(tr("0ne followed by 8 hex digits, from the DPS overview page"));
    m_hubHost->setPlaceholderText(tr("<name>.azure-devices.net"));
    for (SecretField *f : {m_groupKey, m_enrollmentKey, m_deviceKey})
        f->retranslate();
    m_lockNote->setText(editable() ? QString()
                                   : tr("Operator mode: this is the engineer's profile, locked. Click Next to go on."));
}

void HubPage::load()
{
    const Profile &p = profile();
    m_name->setText(p.name);
    m_flow->setCurrentIndex(qMax(0, m_flow->findData(Profile::flowName(p.flow))));
    m_hubHost->setText(p.hub.host);
    m_dpsHost->setText(p.dps.host);
    m_idScope->setText(p.dps.idScope);
    m_deviceKeys->setCurrentIndex(qMax(0, m_deviceKeys->findData(p.hub.deviceKeys)));
    m_groupKey->setSecret(m_station->secrets(), p.dps.groupKeySecret);
    m_enrollmentKey->setSecret(m_station->secrets(), p.dps.enrollmentKeySecret);
    m_deviceKey->setSecret(m_station->secrets(), p.hub.deviceKeySecret);
    m_hubConnection->setSecret(m_station->secrets(), p.hub.connectionStringSecret);
    m_dpsConnection->setSecret(m_station->secrets(), p.dps.connectionStringSecret);
    lock({m_name, m_flow, m_hubHost, m_dpsHost, m_idScope, m_deviceKeys, m_import});
    m_importResult->clear();
    updateVisibility();
    retranslate();
}

void HubPage::updateVisibility()
{
    const Profile &p = profile();
    const bool dps = p.usesDps();
    const auto show = [this](QWidget *field, bool on) {
        field->setVisible(on);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(on);
    };
    show(m_dpsHost, dps);
    show(m_idScope, dps);
    show(m_hubHost, !dps);
    // Secrets are never shown to an operator; the engineer types the ones the flow needs.
    show(m_groupKey, editable() && p.flow == Profile::Flow::DpsSymmetric);
    show(m_enrollmentKey, editable() && p.flow == Profile::Flow::DpsSymmetricIndividual);
    show(m_deviceKeys, p.flow == Profile::Flow::HubSas);
    show(m_deviceKey, editable() && p.flow == Profile::Flow::HubSas && !p.perDeviceKeys());
    m_import->setVisible(editable() && p.perDeviceKeys());
    m_importResult->setVisible(m_import->isVisible());
    // Cloud setup is the engineer's: the connection strings are owner-level secrets.
    show(m_dpsConnection, editable() && dps);
    show(m_hubConnection, editable());
    m_prepare->setVisible(editable());
    m_cloudReport->setVisible(editable() && m_cloudReport->count() > 0);
    m_cloudCause->setVisible(editable());
    showProblems();
}

SecretField *HubPage::currentKeyField() const
{
    switch (profile().flow) {
    case Profile::Flow::DpsSymmetric:
        return m_groupKey;
    case Profile::Flow::DpsSymmetricIndividual:
        return m_enrollmentKey;
    case Profile::Flow::HubSas:
        return profile().perDeviceKeys() ? nullptr : m_deviceKey;
    default:
        return nullptr;
    }
}

QStringList HubPage::problems() const
{
    const Profile &p = profile();
    QStringList out;
    if (p.name.trimmed().isEmpty())
        out << tr("Give the profile a name.");
    if (p.usesDps()) {
        if (p.dps.host.isEmpty())
            out << tr("The DPS endpoint must not be empty.");
        else if (const auto e = azure::checkHubHost(p.dps.host))
            out << tr("DPS endpoint: %1").arg(*e);
        if (const auto e = azure::checkIdScope(p.dps.idScope))
            out << tr("DPS ID scope: %1").arg(*e);
    } else if (p.hub.host.isEmpty()) {
        out << tr("The IoT Hub host must be set for this flow.");
    } else if (const auto e = azure::checkHubHost(p.hub.host)) {
        out << tr("IoT Hub host: %1").arg(*e);
    }
    for (SecretField *f : {m_hubConnection, m_dpsConnection}) {
        if (editable() && f->isVisible() && !f->problem().isEmpty())
            out << f->problem();
    }
    if (SecretField *key = currentKeyField(); key && editable()) {
        if (!key->problem().isEmpty())
            out << key->problem();
        else if (!key->hasTyped() && key->stored() == 0)
            out << tr("Type the key this flow needs; it goes to the secret store.");
    }
    return out;
}

bool HubPage::validatePage()
{
    if (!editable())
        return true;
    if (SecretField *key = currentKeyField())
        key->commit();
    m_hubConnection->commit();
    m_dpsConnection->commit();
    return true;
}

void HubPage::prepareCloud()
{
    // The typed connection strings go to the secret store first; CloudSetup reads them there.
    auto pending = std::make_shared<int>(0);
    QList<SecretJob *> writes;
    for (SecretField *f : {m_hubConnection, m_dpsConnection}) {
        if (SecretJob *job = f->commit())
            writes << job;
    }
    m_cloudReport->clear();
    m_cloudCause->setText(tr("Preparing the cloud…"));
    m_prepare->setEnabled(false);
    auto *setup = new azure::service::CloudSetup(profile(), m_station->secrets(), m_station->cloudOptions(), this);
    connect(setup, &azure::service::CloudSetup::finished, this, [this, setup](const azure::service::CloudReport &r) {
        setup->deleteLater();
        m_prepare->setEnabled(true);
        for (const azure::service::CloudItem &item : r.items) {
            auto *row = new QListWidgetItem(
                QStringLiteral("%1 %2: %3%4")
                    .arg(item.kind, item.id, azure::service::CloudItem::actionName(item.action),
                         item.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.detail)),
                m_cloudReport);
            row->setData(Qt::UserRole, azure::service::CloudItem::actionName(item.action));
        }
        m_cloudReport->setVisible(m_cloudReport->count() > 0);
        m_cloudCause->setText(r.ok ? (r.changed() ? tr("The cloud now matches the profile.")
                                                  : tr("The cloud already matched the profile; nothing changed."))
                                   : r.cause);
        m_cloudCause->setStyleSheet(r.ok ? QString() : QStringLiteral("color: #b00020;"));
    });
    // Once the connection strings are in the store.
    *pending = int(writes.size());
    if (*pending == 0)
        setup->startPrepare();
    for (SecretJob *job : writes) {
        connect(job, &SecretJob::finished, setup, [setup, pending] {
            if (--*pending == 0)
                setup->startPrepare();
        });
    }
}

void HubPage::importKeys()
{
    auto *d =
        new QFileDialog(this, tr("Import device keys"), profile().baseDir, tr("Device keys (*.csv);;All files (*)"));
    d->setObjectName(QStringLiteral("importKeysDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setFileMode(QFileDialog::ExistingFile);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        const auto data = files::readBounded(file, files::kMaxProfile, &error);
        if (!data) {
            m_importResult->setText(error);
            return;
        }
        QStringList errors;
        const QList<azure::DeviceKey> keys = azure::parseDeviceKeysCsv(*data, &errors);
        SecretStore *store = m_station->secrets();
        if (!store) {
            m_importResult->setText(tr("There is no secret store to keep the keys in."));
            return;
        }
        for (const azure::DeviceKey &k : keys) {
            SecretJob *job = store->write(profile().deviceKeySecretFor(k.deviceId), k.key.toLatin1());
            connect(job, &SecretJob::finished, job, &QObject::deleteLater);
        }
        QString result = tr("%n device key(s) imported into %1.", nullptr, int(keys.size())).arg(store->describe());
        if (!errors.isEmpty())
            result += u'\n' + tr("Not imported: %1").arg(errors.join(QStringLiteral("; ")));
        m_importResult->setText(result);
    });
    d->open();
}

QString HubPage::helpText() const
{
    return tr("Choose the flow the engineer agreed with the cloud team. DPS flows need the global endpoint "
              "(global.azure-devices-provisioning.net) and the ID scope from the DPS overview page in the "
              "portal (0ne followed by 8 hex digits). Hub flows connect straight to the IoT Hub host "
              "(<name>.azure-devices.net). Keys go to the secret store, never into the profile; with a key per "
              "device, import a CSV file of deviceId,primaryKey lines.");
}
