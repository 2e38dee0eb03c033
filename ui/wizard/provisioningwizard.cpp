#include "provisioningwizard.h"

#include "device/devicestatuspanel.h"
#include "provisioningsession.h"

#include "azure/identifiers.h"
#include "common/logging.h"
#include "pki/issue.h"
#include "pki/lint.h"
#include "pki/load.h"
#include "pki/trust.h"
#include "provisioning/job.h"
#include "provisioning/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QtConcurrent>
#include <QTime>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setClearButtonEnabled(true);
    return e;
}

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QLabel *problemLabel(const char *name, QWidget *parent)
{
    QLabel *l = valueLabel(name, parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

QPushButton *button(const char *name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

/// Writes @p data atomically; @p secret files get mode 0600.
bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

const char *const kCaPassphraseSecret = "ca-key-passphrase";

} // namespace

// ------------------------------------------------------------------------------------------------
// ProvisioningWizard

ProvisioningWizard::ProvisioningWizard(ProvisioningSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("provisioningWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButton);
    setPage(Page_Hub, new HubPage(session, this));
    setPage(Page_Certificates, new CertificatesPage(session, this));
    setPage(Page_Wifi, new WifiPage(session, this));
    setPage(Page_Dps, new DpsPage(session, this));
    setPage(Page_Provision, new ProvisionPage(session, this));
    setPage(Page_Result, new ResultPage(session, this));
    page(Page_Hub)->setObjectName(QStringLiteral("hubPage"));
    page(Page_Certificates)->setObjectName(QStringLiteral("certificatesPage"));
    page(Page_Wifi)->setObjectName(QStringLiteral("wifiPage"));
    page(Page_Dps)->setObjectName(QStringLiteral("dpsPage"));
    page(Page_Provision)->setObjectName(QStringLiteral("provisionPage"));
    page(Page_Result)->setObjectName(QStringLiteral("resultPage"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    button(QWizard::HelpButton)->setObjectName(QStringLiteral("wizardHelp"));
    connect(this, &QWizard::helpRequested, this, &ProvisioningWizard::showHelp);
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &ProvisioningWizard::showHelp);
    // A replaced profile (opened file) or a mode switch restarts at the first page.
    connect(session, &ProvisioningSession::profileReplaced, this, [this] {
        if (!m_session->isRunning())
            restart();
    });
    connect(session, &ProvisioningSession::engineerModeChanged, this, [this] {
        if (!m_session->isRunning())
            restart();
    });
    connect(this, &QWizard::finished, this, [this] { restart(); });
    retranslate();
}

void ProvisioningWizard::retranslate()
{
    setWindowTitle(tr("Provision a module"));
    // QWizard does not retranslate its own buttons on a language change: set Qt's own texts again
    // (translated by qtbase_<lang>.qm; passed through a variable so lupdate leaves them to Qt).
    const auto qt = [](const char *text) { return QWizard::tr(text); };
    setButtonText(QWizard::NextButton, qt("&Next >"));
    setButtonText(QWizard::BackButton, qt("< &Back"));
    setButtonText(QWizard::FinishButton, qt("&Finish"));
    setButtonText(QWizard::HelpButton, qt("&Help"));
}

void ProvisioningWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ProvisioningWizard::showHelp()
{
    auto *page = qobject_cast<ProvisioningPage *>(currentPage());
    if (!page)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, page->title(), page->helpText(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("wizardHelpBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void ProvisioningWizard::nextModule()
{
    if (currentId() != Page_Result)
        return;
    back();
    if (auto *provision = qobject_cast<ProvisionPage *>(page(Page_Provision)))
        provision->reset();
}

// ------------------------------------------------------------------------------------------------
// ProvisioningPage

ProvisioningPage::ProvisioningPage(ProvisioningSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    connect(session, &ProvisioningSession::profileReplaced, this, [this] {
        m_loading = true;
        load();
        m_loading = false;
        emit completeChanged();
    });
    connect(session, &ProvisioningSession::engineerModeChanged, this, [this] {
        m_loading = true;
        load();
        m_loading = false;
        emit completeChanged();
    });
}

void ProvisioningPage::initializePage()
{
    m_loading = true;
    load();
    m_loading = false;
    emit completeChanged();
}

void ProvisioningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

bool ProvisioningPage::editable() const
{
    return m_session->isEngineerMode();
}

void ProvisioningPage::edit(const std::function<void(Profile &)> &change)
{
    if (m_loading || !editable())
        return;
    m_session->editProfile(change);
    emit completeChanged();
}

void ProvisioningPage::lock(const QList<QWidget *> &inputs)
{
    const bool on = editable();
    for (QWidget *w : inputs) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(!on);
        else
            w->setEnabled(on);
    }
}

// ------------------------------------------------------------------------------------------------
// Hub settings

HubPage::HubPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    auto *form = new QFormLayout;
    m_name = lineEdit("profileNameEdit", this);
    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("flowCombo"));
    for (const QString &f : Profile::flowNames())
        m_flow->addItem(f, f);
    m_hubHost = lineEdit("hubHostEdit", this);
    m_dpsHost = lineEdit("dpsHostEdit", this);
    m_idScope = lineEdit("idScopeEdit", this);
    m_nameLabel = new QLabel(this);
    m_flowLabel = new QLabel(this);
    m_hubLabel = new QLabel(this);
    m_dpsHostLabel = new QLabel(this);
    m_scopeLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_flowLabel->setBuddy(m_flow);
    m_hubLabel->setBuddy(m_hubHost);
    m_dpsHostLabel->setBuddy(m_dpsHost);
    m_scopeLabel->setBuddy(m_idScope);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_flowLabel, m_flow);
    form->addRow(m_dpsHostLabel, m_dpsHost);
    form->addRow(m_scopeLabel, m_idScope);
    form->addRow(m_hubLabel, m_hubHost);
    m_problems = problemLabel("hubProblems", this);
    m_lockNote = valueLabel("lockNote", this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockNote);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) { edit([&](Profile &p) { p.name = t; }); });
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        const auto flow = Profile::flowFromName(m_flow->currentData().toString());
        if (flow)
            edit([&](Profile &p) { p.flow = *flow; });
        updateProblems();
    });
    connect(m_hubHost, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.hub.host = t.trimmed(); });
        updateProblems();
    });
    connect(m_dpsHost, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.dps.host = t.trimmed(); });
        updateProblems();
    });
    connect(m_idScope, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.dps.idScope = t.trimmed(); });
        updateProblems();
    });
    setTabOrder(m_name, m_flow);
    setTabOrder(m_flow, m_dpsHost);
    setTabOrder(m_dpsHost, m_idScope);
    setTabOrder(m_idScope, m_hubHost);
    retranslate();
}

void HubPage::retranslate()
{
    setTitle(tr("Hub settings"));
    setSubTitle(tr("Which Azure service the module registers with, and how it proves who it is."));
    m_nameLabel->setText(tr("Profile &name:"));
    m_flowLabel->setText(tr("&Flow:"));
    m_dpsHostLabel->setText(tr("DPS &endpoint:"));
    m_scopeLabel->setText(tr("DPS ID &scope:"));
    m_hubLabel->setText(tr("IoT &Hub host:"));
    m_lockNote->setText(editable() ? QString()
                                   : tr("Operator mode: this is the engineer's profile, locked. Click Next to go on."));
    updateProblems();
}

void HubPage::load()
{
    const Profile &p = m_session->profile();
    m_name->setText(p.name);
    m_flow->setCurrentIndex(qMax(0, m_flow->findData(Profile::flowName(p.flow))));
    m_hubHost->setText(p.hub.host);
    m_dpsHost->setText(p.dps.host);
    m_idScope->setText(p.dps.idScope);
    lock({m_name, m_flow, m_hubHost, m_dpsHost, m_idScope});
    retranslate();
}

QStringList HubPage::problems() const
{
    const Profile &p = m_session->profile();
    QStringList out;
    const bool dps = p.usesDps();
    m_dpsHost->setEnabled(dps);
    m_idScope->setEnabled(dps);
    if (dps) {
        if (p.dps.host.isEmpty())
            out << tr("The DPS endpoint must not be empty.");
        else if (const auto e = azure::checkHubHost(p.dps.host))
            out << tr("DPS endpoint: %1").arg(*e);
        if (const auto e = azure::checkIdScope(p.dps.idScope))
            out << tr("ID scope: %1").arg(*e);
    } else {
        if (p.hub.host.isEmpty())
            out << tr("The IoT Hub host must be set for the %1 flow.").arg(Profile::flowName(p.flow));
        else if (const auto e = azure::checkHubHost(p.hub.host))
            out << tr("IoT Hub host: %1").arg(*e);
    }
    return out;
}

void HubPage::updateProblems()
{
    m_problems->setText(problems().join(u'\n'));
    emit completeChanged();
}

bool HubPage::isComplete() const
{
    return problems().isEmpty();
}

QString HubPage::helpText() const
{
    return tr("Choose the flow the engineer agreed with the cloud team. DPS flows need the global endpoint "
              "(global.azure-devices-provisioning.net) and the ID scope from the DPS overview page in the "
              "portal (0ne followed by 8 hex digits). Hub flows connect straight to the IoT Hub host "
              "(<name>.azure-devices.net).");
}

// ------------------------------------------------------------------------------------------------
// Certificates

CertificatesPage::CertificatesPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("certPolicyCombo"));
    m_policy->addItem(QString(), QStringLiteral("generate"));
    m_policy->addItem(QString(), QStringLiteral("folder"));
    m_caFile = lineEdit("caFileEdit", this);
    m_browse = button("caBrowseButton", this);
    m_caKeyFile = lineEdit("caKeyFileEdit", this);
    m_password = lineEdit("caPasswordEdit", this);
    m_password->setEchoMode(QLineEdit::Password);
    m_load = button("caLoadButton", this);
    m_generate = button("caGenerateButton", this);
    m_folder = lineEdit("certFolderEdit", this);
    m_caInfo = valueLabel("caInfo", this);
    m_lint = new QListWidget(this);
    m_lint->setObjectName(QStringLiteral("caLintList"));
    m_lint->setMaximumHeight(80);
    m_popCode = lineEdit("popCodeEdit", this);
    m_popButton = button("popButton", this);
    m_popResult = valueLabel("popResult", this);
    m_trust = new QListWidget(this);
    m_trust->setObjectName(QStringLiteral("trustList"));
    m_trust->setMaximumHeight(90);
    m_trustFile = lineEdit("trustFileEdit", this);
    m_trustAdd = button("trustAddButton", this);
    m_status = problemLabel("certProblems", this);
    m_policyLabel = new QLabel(this);
    m_caFileLabel = new QLabel(this);
    m_caKeyLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_folderLabel = new QLabel(this);
    m_popLabel = new QLabel(this);
    m_trustLabel = new QLabel(this);
    m_caHeading = new QLabel(this);
    m_popHeading = new QLabel(this);
    m_policyLabel->setBuddy(m_policy);
    m_caFileLabel->setBuddy(m_caFile);
    m_caKeyLabel->setBuddy(m_caKeyFile);
    m_passwordLabel->setBuddy(m_password);
    m_folderLabel->setBuddy(m_folder);
    m_popLabel->setBuddy(m_popCode);
    m_trustLabel->setBuddy(m_trust);

    auto *grid = new QGridLayout(this);
    int r = 0;
    grid->addWidget(m_policyLabel, r, 0);
    grid->addWidget(m_policy, r++, 1, 1, 2);
    grid->addWidget(m_caHeading, r++, 0, 1, 3);
    grid->addWidget(m_caFileLabel, r, 0);
    grid->addWidget(m_caFile, r, 1);
    grid->addWidget(m_browse, r++, 2);
    grid->addWidget(m_caKeyLabel, r, 0);
    grid->addWidget(m_caKeyFile, r++, 1);
    grid->addWidget(m_passwordLabel, r, 0);
    grid->addWidget(m_password, r, 1);
    grid->addWidget(m_load, r++, 2);
    grid->addWidget(m_generate, r++, 2);
    grid->addWidget(m_caInfo, r++, 0, 1, 3);
    grid->addWidget(m_lint, r++, 0, 1, 3);
    grid->addWidget(m_folderLabel, r, 0);
    grid->addWidget(m_folder, r++, 1, 1, 2);
    grid->addWidget(m_popHeading, r++, 0, 1, 3);
    grid->addWidget(m_popLabel, r, 0);
    grid->addWidget(m_popCode, r, 1);
    grid->addWidget(m_popButton, r++, 2);
    grid->addWidget(m_popResult, r++, 0, 1, 3);
    grid->addWidget(m_trustLabel, r, 0, Qt::AlignTop);
    grid->addWidget(m_trust, r++, 1, 1, 2);
    grid->addWidget(m_trustFile, r, 1);
    grid->addWidget(m_trustAdd, r++, 2);
    grid->addWidget(m_status, r++, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        const QString policy = m_policy->currentData().toString();
        edit([&](Profile &p) { p.certificates.policy = policy; });
        m_folder->setEnabled(editable() && policy == QLatin1String("folder"));
        emit completeChanged();
    });
    connect(m_folder, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.certificates.folder = t.trimmed(); }); });
    connect(m_browse, &QPushButton::clicked, this, &CertificatesPage::browseCa);
    connect(m_load, &QPushButton::clicked, this, &CertificatesPage::loadCa);
    connect(m_caFile, &QLineEdit::returnPressed, this, &CertificatesPage::loadCa);
    connect(m_generate, &QPushButton::clicked, this, &CertificatesPage::generateCa);
    connect(m_popButton, &QPushButton::clicked, this, &CertificatesPage::makeVerificationCertificate);
    connect(m_trust, &QListWidget::itemChanged, this, &CertificatesPage::trustChanged);
    connect(m_trustAdd, &QPushButton::clicked, this, &CertificatesPage::addTrustFile);
    connect(m_trustFile, &QLineEdit::returnPressed, this, &CertificatesPage::addTrustFile);
    retranslate();
}

void CertificatesPage::retranslate()
{
    setTitle(tr("Certificates"));
    setSubTitle(tr("The CA that signs device certificates, the proof of possession for the portal, and the roots "
                   "the module trusts."));
    m_policy->setItemText(0, tr("Generate on the station, signed by the CA"));
    m_policy->setItemText(1, tr("Take them from a folder (<id>.pem, <id>.key.pem)"));
    m_policyLabel->setText(tr("Device certificates:"));
    m_caHeading->setText(tr("<b>Signing CA</b>"));
    m_caFileLabel->setText(tr("CA &file:"));
    m_caKeyLabel->setText(tr("CA &key file:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_browse->setText(tr("&Browse…"));
    m_load->setText(tr("&Load"));
    m_generate->setText(tr("&Generate a CA…"));
    m_folderLabel->setText(tr("Certificate f&older:"));
    m_popHeading->setText(tr("<b>Proof of possession</b>"));
    m_popLabel->setText(tr("&Verification code:"));
    m_popButton->setText(tr("Save &verification certificate…"));
    m_trustLabel->setText(tr("&Trust roots:"));
    m_trustAdd->setText(tr("&Add root"));
    m_trustFile->setPlaceholderText(tr("a PEM root the server's certificate chains to"));
    m_caFile->setPlaceholderText(tr("PEM, DER or PKCS#12 (.p12, .pfx)"));
    m_caKeyFile->setPlaceholderText(tr("only when the key is in a separate file"));
    m_popCode->setPlaceholderText(tr("paste the code the portal shows"));
    if (!m_session->profile().certificates.caCertificate.isEmpty())
        showCa();
    rebuildTrust();
}

void CertificatesPage::load()
{
    const Profile &p = m_session->profile();
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(p.certificates.policy)));
    m_caFile->setText(p.certificates.caCertificate);
    m_caKeyFile->setText(p.certificates.caKey == p.certificates.caCertificate ? QString() : p.certificates.caKey);
    m_folder->setText(p.certificates.folder);
    m_password->clear();
    lock({m_policy, m_caFile, m_browse, m_caKeyFile, m_password, m_load, m_generate, m_folder, m_popCode, m_popButton,
          m_trust, m_trustFile, m_trustAdd});
    m_folder->setReadOnly(!editable() || p.certificates.policy != QLatin1String("folder"));
    m_caInfo->clear();
    m_lint->clear();
    m_popResult->clear();
    retranslate();
}

bool CertificatesPage::isComplete() const
{
    const Profile &p = m_session->profile();
    if (m_busy)
        return false;
    if (p.trust.roots.isEmpty())
        return false;
    if (!p.usesX509())
        return true;
    if (p.certificates.policy == QLatin1String("folder"))
        return !p.certificates.folder.isEmpty();
    return !p.certificates.caCertificate.isEmpty() && !p.certificates.caKey.isEmpty();
}

QString CertificatesPage::helpText() const
{
    return tr("X.509 flows sign each module's certificate with the CA below. Load the CA you verified in the "
              "portal (PEM with a key file, or one PKCS#12 file with its password), or generate one. To verify "
              "a new CA, upload it in the portal, press Generate verification code, paste the code here and "
              "upload the saved verification certificate. The module trusts the checked roots: DigiCert Global "
              "Root G2 is what Azure uses; Baltimore CyberTrust Root expired and is shown only so you recognise it.");
}

QFileDialog *CertificatesPage::fileDialog(const QString &objectName, bool save, const QString &filter)
{
    // Never exec(): the dialog is window-modal, opened with open(), and tests drive it by objectName.
    auto *d = new QFileDialog(this);
    d->setObjectName(objectName);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setNameFilter(filter);
    d->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    d->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    const QString base = m_session->profile().baseDir;
    if (!base.isEmpty())
        d->setDirectory(base);
    return d;
}

void CertificatesPage::browseCa()
{
    QFileDialog *d = fileDialog(QStringLiteral("caFileDialog"), false,
                                tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"));
    d->setWindowTitle(tr("Open the signing CA"));
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFile->setText(file);
        loadCa();
    });
    d->open();
}

void CertificatesPage::loadCa()
{
    if (!editable())
        return;
    const QString file = m_caFile->text().trimmed();
    const QByteArray password = m_password->text().toUtf8();
    m_lint->clear();
    auto bundle = pki::loadFile(file, password);
    if (!bundle || bundle->certificates.isEmpty()) {
        m_status->setText(bundle ? tr("%1 holds no certificate.").arg(file) : bundle.error());
        return;
    }
    pki::Key key = bundle->key;
    QString keyFile = file;
    if (key.isNull() && !m_caKeyFile->text().trimmed().isEmpty()) {
        keyFile = m_caKeyFile->text().trimmed();
        const auto k = pki::loadFile(keyFile, password);
        if (!k || k->key.isNull()) {
            m_status->setText(k ? tr("%1 holds no private key.").arg(keyFile) : k.error());
            return;
        }
        key = k->key;
    }
    if (key.isNull()) {
        m_status->setText(tr("The CA's private key is missing: name the key file, or load a PKCS#12 file."));
        return;
    }
    const pki::Certificate ca = bundle->certificates.first();
    if (!ca.matches(key)) {
        m_status->setText(tr("The key does not belong to the CA certificate."));
        return;
    }
    QString certPath = file;
    // The job reads the CA certificate without a password: a PKCS#12 or DER CA becomes PEM files
    // next to it, the key encrypted with the same password, which goes to the secret store.
    if (bundle->format != pki::Bundle::Format::Pem || keyFile == file) {
        const QFileInfo info(file);
        const QString stem = info.absoluteDir().filePath(info.completeBaseName());
        certPath = stem + QStringLiteral("-ca.pem");
        keyFile = stem + QStringLiteral("-ca.key.pem");
        QString error;
        if (!writeFile(certPath, ca.toPem(), false, &error) || !writeFile(keyFile, key.toPem(password), true, &error)) {
            m_status->setText(error);
            return;
        }
    }
    const bool encrypted = !password.isEmpty();
    if (encrypted && m_session->secrets())
        m_session->secrets()->write(QString::fromLatin1(kCaPassphraseSecret), password)->deleteLater();
    edit([&](Profile &p) {
        p.certificates.caCertificate = certPath;
        p.certificates.caKey = keyFile;
        p.certificates.caKeyPassphraseSecret = encrypted ? QString::fromLatin1(kCaPassphraseSecret) : QString();
    });
    m_password->clear();
    m_status->clear();
    qCInfo(lcUi) << "CA loaded:" << ca.subjectCommonName() << pki::formatName(bundle->format);
    showCa();
}

void CertificatesPage::showCa()
{
    const Profile &p = m_session->profile();
    const auto bundle = pki::loadFile(p.resolvePath(p.certificates.caCertificate));
    m_lint->clear();
    if (!bundle || bundle->certificates.isEmpty()) {
        m_caInfo->setText(bundle ? tr("No certificate in %1.").arg(p.certificates.caCertificate) : bundle.error());
        return;
    }
    const pki::Certificate ca = bundle->certificates.first();
    m_caInfo->setText(tr("%1, issued by %2, valid %3 to %4, MD5 %5")
                          .arg(ca.subjectCommonName(), ca.issuerCommonName(),
                               QLocale().toString(ca.notBefore().date(), QLocale::ShortFormat),
                               QLocale().toString(ca.notAfter().date(), QLocale::ShortFormat), ca.moduleMd5()));
    const QList<pki::LintFinding> findings = pki::lint({ca});
    for (const pki::LintFinding &f : findings)
        m_lint->addItem(QStringLiteral("%1: %2").arg(pki::severityName(f.severity), f.message));
    if (findings.isEmpty())
        m_lint->addItem(tr("No lint findings."));
}

void CertificatesPage::generateCa()
{
    QFileDialog *d = fileDialog(QStringLiteral("caGenerateDialog"), true, tr("PEM certificate (*.pem)"));
    d->setWindowTitle(tr("Save the new CA certificate"));
    d->selectFile(QStringLiteral("station-ca.pem"));
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_busy = true;
        emit completeChanged();
        m_status->setText(tr("Generating the CA key…"));
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
            watcher->deleteLater();
            m_busy = false;
            const QString error = watcher->result();
            if (!error.isEmpty()) {
                m_status->setText(error);
            } else {
                m_caFile->setText(file);
                m_caKeyFile->setText(file.chopped(4) + QStringLiteral(".key.pem"));
                loadCa();
            }
            emit completeChanged();
        });
        // Key generation may take a while (RSA): never on the UI thread.
        watcher->setFuture(QtConcurrent::run([file]() -> QString {
            const auto key = pki::Key::generate(pki::KeyType::EcP256);
            if (!key)
                return key.error();
            pki::CertificateSpec spec;
            spec.commonName = QObject::tr("Provisioning Station Root CA");
            spec.validityDays = 3650;
            const auto ca = pki::makeRootCa(*key, spec);
            if (!ca)
                return ca.error();
            QString error;
            if (!writeFile(file, ca->toPem(), false, &error) ||
                !writeFile(file.chopped(4) + QStringLiteral(".key.pem"), key->toPem(), true, &error))
                return error;
            return {};
        }));
    });
    d->open();
}

void CertificatesPage::makeVerificationCertificate()
{
    const QString code = m_popCode->text().trimmed();
    if (code.isEmpty()) {
        m_popResult->setText(tr("Paste the verification code from the portal first."));
        return;
    }
    QFileDialog *d = fileDialog(QStringLiteral("popFileDialog"), true, tr("PEM certificate (*.pem *.cer)"));
    d->setWindowTitle(tr("Save the verification certificate"));
    d->selectFile(QStringLiteral("verification.pem"));
    connect(d, &QFileDialog::fileSelected, this, [this, code](const QString &file) {
        const Profile &p = m_session->profile();
        const auto ca = pki::loadFile(p.resolvePath(p.certificates.caCertificate));
        auto readKey = [this, file, code, ca](const QByteArray &pass) {
            const Profile &p = m_session->profile();
            const auto key = pki::loadFile(p.resolvePath(p.certificates.caKey), pass);
            if (!ca || ca->certificates.isEmpty() || !key || key->key.isNull()) {
                m_popResult->setText(tr("Load the CA and its key first."));
                return;
            }
            const auto cert = pki::makeVerificationCertificate(code, ca->certificates.first(), key->key);
            QString error;
            if (!cert)
                m_popResult->setText(cert.error());
            else if (!writeFile(file, cert->toPem(), false, &error))
                m_popResult->setText(error);
            else
                m_popResult->setText(tr("Saved %1: upload it in the portal to verify the CA.").arg(file));
        };
        const QString secret = p.certificates.caKeyPassphraseSecret;
        if (secret.isEmpty() || !m_session->secrets()) {
            readKey({});
            return;
        }
        SecretJob *job = m_session->secrets()->read(secret);
        connect(job, &SecretJob::finished, this, [job, readKey] {
            job->deleteLater();
            readKey(job->isOk() ? job->value() : QByteArray());
        });
    });
    d->open();
}

void CertificatesPage::rebuildTrust()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QSignalBlocker block(m_trust);
    m_trust->clear();
    const QStringList roots = m_session->profile().trust.roots;
    for (const pki::TrustedRoot &root : pki::azureRoots()) {
        auto *item = new QListWidgetItem(m_trust);
        const QString id = QStringLiteral("bundled:") + root.name.toLower().replace(u' ', u'-');
        item->setData(Qt::UserRole, id);
        if (root.expired || root.resource.isEmpty()) {
            item->setText(tr("%1 (expired, not shipped)").arg(root.name));
            item->setFlags(Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setText(root.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                           (editable() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
            item->setCheckState(roots.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    for (const QString &root : roots) {
        if (root.startsWith(QLatin1String("bundled:")))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(root).fileName(), m_trust);
        item->setToolTip(root);
        item->setData(Qt::UserRole, root);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                       (editable() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(Qt::Checked);
    }
    m_loading = wasLoading;
}

void CertificatesPage::trustChanged()
{
    QStringList roots;
    for (int i = 0; i < m_trust->count(); ++i) {
        if (m_trust->item(i)->checkState() == Qt::Checked)
            roots << m_trust->item(i)->data(Qt::UserRole).toString();
    }
    edit([&](Profile &p) { p.trust.roots = roots; });
    m_status->setText(roots.isEmpty() ? tr("Check at least one trust root.") : QString());
}

void CertificatesPage::addTrustFile()
{
    const QString file = m_trustFile->text().trimmed();
    if (file.isEmpty() || !editable())
        return;
    const auto bundle = pki::loadFile(file);
    if (!bundle || bundle->certificates.isEmpty()) {
        m_status->setText(bundle ? tr("%1 holds no certificate.").arg(file) : bundle.error());
        return;
    }
    edit([&](Profile &p) {
        if (!p.trust.roots.contains(file))
            p.trust.roots.append(file);
    });
    m_trustFile->clear();
    m_status->clear();
    rebuildTrust();
}

// ------------------------------------------------------------------------------------------------
// Wi-Fi

WifiPage::WifiPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    m_ssid = lineEdit("ssidEdit", this);
    m_ssid->setMaxLength(32);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->addItem(QString(), QStringLiteral("wpa2"));
    m_security->addItem(QString(), QStringLiteral("open"));
    m_passphrase = lineEdit("passphraseEdit", this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passState = valueLabel("passphraseState", this);
    m_autoJoin = new QCheckBox(this);
    m_autoJoin->setObjectName(QStringLiteral("autoJoinCheck"));
    m_problems = problemLabel("wifiProblems", this);
    m_ssidLabel = new QLabel(this);
    m_securityLabel = new QLabel(this);
    m_passLabel = new QLabel(this);
    m_ssidLabel->setBuddy(m_ssid);
    m_securityLabel->setBuddy(m_security);
    m_passLabel->setBuddy(m_passphrase);
    auto *form = new QFormLayout(this);
    form->addRow(m_ssidLabel, m_ssid);
    form->addRow(m_securityLabel, m_security);
    form->addRow(m_passLabel, m_passphrase);
    form->addRow(QString(), m_passState);
    form->addRow(QString(), m_autoJoin);
    form->addRow(m_problems);

    connect(m_ssid, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.wifi.ssid = t; });
        emit completeChanged();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_security->currentData().toString();
        edit([&](Profile &p) { p.wifi.security = s; });
        m_passphrase->setEnabled(editable() && s == QLatin1String("wpa2"));
        emit completeChanged();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { emit completeChanged(); });
    connect(m_autoJoin, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](Profile &p) { p.wifi.autoJoin = on; }); });
    retranslate();
}

void WifiPage::retranslate()
{
    setTitle(tr("Wi-Fi"));
    setSubTitle(tr("The network the module joins. The passphrase goes to the secret store, never into the profile."));
    m_ssidLabel->setText(tr("&SSID:"));
    m_securityLabel->setText(tr("S&ecurity:"));
    m_passLabel->setText(tr("&Passphrase:"));
    m_security->setItemText(0, tr("WPA2 personal"));
    m_security->setItemText(1, tr("Open (no password)"));
    m_autoJoin->setText(tr("&Join this network automatically when the module starts"));
    m_passphrase->setPlaceholderText(m_stored == 1 ? tr("stored; type to replace") : tr("8 to 63 characters"));
    QString state;
    if (m_session->profile().wifi.security == QLatin1String("open"))
        state = tr("No passphrase for an open network.");
    else if (m_stored == 1)
        state = tr("The passphrase is stored in the secret store (%1).")
                    .arg(m_session->secrets() ? m_session->secrets()->describe() : QString());
    else if (m_stored == 0)
        state = tr("No passphrase stored yet.");
    m_passState->setText(state);
    const QString ssid = m_session->profile().wifi.ssid;
    m_problems->setText(ssid.isEmpty() ? tr("The SSID must not be empty.") : QString());
}

void WifiPage::load()
{
    const Profile &p = m_session->profile();
    m_ssid->setText(p.wifi.ssid);
    m_security->setCurrentIndex(qMax(0, m_security->findData(p.wifi.security)));
    m_autoJoin->setChecked(p.wifi.autoJoin);
    m_passphrase->clear();
    lock({m_ssid, m_security, m_autoJoin});
    // Secrets are never shown; the operator does not even get the field.
    m_passphrase->setVisible(editable());
    m_passLabel->setVisible(editable());
    m_passphrase->setEnabled(editable() && p.wifi.security == QLatin1String("wpa2"));
    checkStored();
    retranslate();
}

void WifiPage::checkStored()
{
    SecretStore *store = m_session->secrets();
    if (!store)
        return;
    SecretJob *job = store->read(m_session->profile().wifi.passphraseSecret);
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        m_stored = job->isOk() && !job->value().isEmpty() ? 1 : 0;
        retranslate();
        emit completeChanged();
    });
}

bool WifiPage::isComplete() const
{
    const Profile &p = m_session->profile();
    if (p.wifi.ssid.isEmpty() || p.wifi.ssid.size() > 32)
        return false;
    const int typed = m_passphrase->text().size();
    if (p.wifi.security == QLatin1String("wpa2") && typed > 0 && (typed < 8 || typed > 63))
        return false;
    return true;
}

bool WifiPage::validatePage()
{
    const QString typed = m_passphrase->text();
    if (editable() && !typed.isEmpty() && m_session->secrets()) {
        SecretJob *job = m_session->secrets()->write(m_session->profile().wifi.passphraseSecret, typed.toUtf8());
        connect(job, &SecretJob::finished, this, [this, job] {
            job->deleteLater();
            if (!job->isOk())
                m_problems->setText(tr("The passphrase could not be stored: %1").arg(job->errorString()));
            else
                m_stored = 1;
        });
        m_passphrase->clear();
    }
    return true;
}

QString WifiPage::helpText() const
{
    return tr("The module joins this network during provisioning. The passphrase is kept in the secret store "
              "(the system keychain) and is never written to the profile, the log or the results. With automatic "
              "join the module reconnects by itself after a restart.");
}

// ------------------------------------------------------------------------------------------------
// DPS

DpsPage::DpsPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    m_template = lineEdit("idTemplateEdit", this);
    m_lower = new QCheckBox(this);
    m_lower->setObjectName(QStringLiteral("idLowerCaseCheck"));
    m_example = valueLabel("idExample", this);
    m_error = problemLabel("idError", this);
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
    auto *form = new QFormLayout(this);
    form->addRow(m_templateLabel, m_template);
    form->addRow(QString(), m_lower);
    form->addRow(m_exampleCaption, m_example);
    form->addRow(m_error);
    form->addRow(m_apiLabel, m_apiVersion);
    form->addRow(m_deadlineLabel, m_deadline);
    form->addRow(m_pollLabel, m_poll);

    connect(m_template, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.identity.idTemplate = t; });
        updateExample();
    });
    connect(m_lower, &QCheckBox::toggled, this, [this](bool on) {
        edit([&](Profile &p) { p.identity.lowerCase = on; });
        updateExample();
    });
    connect(m_apiVersion, &QLineEdit::textChanged, this, [this](const QString &t) {
        edit([&](Profile &p) { p.dps.apiVersion = t.trimmed(); });
        emit completeChanged();
    });
    connect(m_deadline, &QSpinBox::valueChanged, this,
            [this](int s) { edit([&](Profile &p) { p.timeouts.dpsMs = s * 1000; }); });
    connect(m_poll, &QSpinBox::valueChanged, this,
            [this](int ms) { edit([&](Profile &p) { p.dps.pollIntervalMs = ms; }); });
    retranslate();
}

void DpsPage::retranslate()
{
    setTitle(tr("Device identity and DPS"));
    setSubTitle(tr("How each module's registration ID is made, and how long to wait for the assignment."));
    m_templateLabel->setText(tr("&Registration ID template:"));
    m_template->setPlaceholderText(tr("{model}-{mac}, {serial} and literal text"));
    m_lower->setText(tr("&Lower case"));
    m_exampleCaption->setText(tr("Example:"));
    m_apiLabel->setText(tr("DPS &API version:"));
    m_deadlineLabel->setText(tr("Polling &deadline:"));
    m_deadline->setSuffix(tr(" s"));
    m_pollLabel->setText(tr("Poll &interval:"));
    m_poll->setSuffix(tr(" ms"));
    updateExample();
}

void DpsPage::load()
{
    const Profile &p = m_session->profile();
    m_template->setText(p.identity.idTemplate);
    m_lower->setChecked(p.identity.lowerCase);
    m_apiVersion->setText(p.dps.apiVersion);
    m_deadline->setValue(p.timeouts.dpsMs / 1000);
    m_poll->setValue(p.dps.pollIntervalMs);
    lock({m_template, m_lower, m_apiVersion, m_deadline, m_poll});
    const bool dps = p.usesDps();
    for (QWidget *w : QList<QWidget *>{m_apiVersion, m_deadline, m_poll})
        w->setEnabled(dps && editable());
    updateExample();
}

QString DpsPage::exampleId() const
{
    const Profile &p = m_session->profile();
    QString id = p.identity.idTemplate;
    id.replace(QLatin1String("{model}"), QLatin1String("NINA-W152"))
        .replace(QLatin1String("{mac}"), QLatin1String("D4CA6E0D1234"))
        .replace(QLatin1String("{serial}"), QLatin1String("12345"));
    return p.identity.lowerCase ? id.toLower() : id;
}

void DpsPage::updateExample()
{
    const QString id = exampleId();
    m_example->setText(id);
    const Profile &p = m_session->profile();
    const auto problem = p.usesDps() ? azure::checkRegistrationId(id, p.usesX509()) : azure::checkDeviceId(id);
    m_error->setText(id.isEmpty() ? tr("The template must not be empty.") : problem.value_or(QString()));
    emit completeChanged();
}

bool DpsPage::isComplete() const
{
    return m_error->text().isEmpty() && !exampleId().isEmpty() &&
           (!m_session->profile().usesDps() || !m_session->profile().dps.apiVersion.isEmpty());
}

QString DpsPage::helpText() const
{
    return tr("Each module gets its ID from the template: {model} is the module type, {mac} its Wi-Fi MAC and "
              "{serial} a scanned serial number. For X.509 the ID is also the certificate's common name (at most "
              "64 characters). The example shows what a NINA-W152 would get. The deadline bounds how long the "
              "station waits for DPS to assign a hub.");
}

// ------------------------------------------------------------------------------------------------
// Provision

ProvisionPage::ProvisionPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true); // pseudo-terminals are never listed: a typed path must work
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    m_start = button("startButton", this);
    m_start->setDefault(true);
    m_cancel = button("cancelButton", this);
    m_cancel->setEnabled(false);
    m_problems = problemLabel("provisionProblems", this);
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
    m_stepsCaption = new QLabel(this);
    m_logCaption = new QLabel(this);
    m_statusCaption = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_portLabel);
    top->addWidget(m_port, 1);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    layout->addLayout(middle, 3);
    layout->addWidget(m_logCaption);
    layout->addWidget(m_log, 1);

    connect(m_start, &QPushButton::clicked, this, &ProvisionPage::start);
    connect(m_cancel, &QPushButton::clicked, m_session, &ProvisioningSession::cancelJob);
    connect(m_port, &QComboBox::currentTextChanged, this, &ProvisionPage::updateReadiness);
    connect(session, &ProvisioningSession::portsChanged, this, [this] {
        const QString current = m_port->currentText();
        m_port->clear();
        m_port->addItems(m_session->ports());
        if (!current.isEmpty())
            m_port->setCurrentText(current);
    });
    connect(session, &ProvisioningSession::profileEdited, this, &ProvisionPage::updateReadiness);
    connect(session, &ProvisioningSession::jobStarted, this, &ProvisionPage::onJobStarted);
    retranslate();
}

void ProvisionPage::retranslate()
{
    setTitle(tr("Provision"));
    setSubTitle(tr("Plug in the module, choose its port and press Start."));
    m_portLabel->setText(tr("&Port:"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    m_stepsCaption->setText(tr("Steps"));
    m_logCaption->setText(tr("Log of this module"));
    m_statusCaption->setText(tr("Module"));
    m_port->lineEdit()->setPlaceholderText(tr("/dev/ttyUSB0 or a typed path"));
    updateReadiness();
}

void ProvisionPage::load()
{
    if (m_port->count() == 0 && !m_session->ports().isEmpty())
        m_port->addItems(m_session->ports());
    updateReadiness();
}

QString ProvisionPage::port() const
{
    return m_port->currentText().trimmed();
}

void ProvisionPage::updateReadiness()
{
    QStringList problems = m_session->profile().validate();
    if (port().isEmpty())
        problems << tr("Choose or type the module's port.");
    else if (const auto refusal = m_session->capabilityProblem(port()))
        problems << tr("The module on this port cannot run the profile: %1").arg(*refusal);
    m_problems->setText(problems.join(u'\n'));
    const bool running = m_session->isRunning();
    m_start->setEnabled(problems.isEmpty() && !running && !m_done);
    m_cancel->setEnabled(running);
    m_port->setEnabled(!running && !m_done);
}

void ProvisionPage::start()
{
    if (!m_start->isEnabled())
        return;
    m_done = false;
    m_session->startJob(port());
}

void ProvisionPage::onJobStarted(Job *job)
{
    m_job = job;
    m_steps->clear();
    for (const QString &s : Job::stepNames()) {
        auto *item = new QListWidgetItem(QStringLiteral("○ %1").arg(s), m_steps);
        item->setData(Qt::UserRole, s);
    }
    m_progress->setValue(0);
    m_log->clear();
    m_status->attach(job);
    connect(job, &Job::stepStarted, this, &ProvisionPage::onStepStarted);
    connect(job, &Job::stepFinished, this, &ProvisionPage::onStepFinished);
    connect(job, &Job::progress, m_progress, &QProgressBar::setValue);
    connect(job, &Job::finished, this, &ProvisionPage::onFinished);
    log(tr("Started on %1 with profile \"%2\".").arg(job->setup().port, m_session->profile().name));
    updateReadiness();
    emit completeChanged();
}

void ProvisionPage::onStepStarted(const QString &step, const QString &message)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->data(Qt::UserRole).toString() == step) {
            item->setText(QStringLiteral("▶ %1 — %2").arg(step, message));
            m_steps->setCurrentItem(item);
        }
    }
    log(message);
}

void ProvisionPage::onStepFinished(const StepResult &step)
{
    QString mark = QStringLiteral("✔");
    if (step.outcome == QLatin1String("fail"))
        mark = QStringLiteral("✘");
    else if (step.outcome == QLatin1String("skipped"))
        mark = QStringLiteral("–");
    else if (step.outcome == QLatin1String("cancelled"))
        mark = QStringLiteral("■");
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->data(Qt::UserRole).toString() == step.name) {
            item->setText(tr("%1 %2 (%3 ms) %4").arg(mark, step.name).arg(step.elapsedMs).arg(step.message));
            item->setData(Qt::UserRole + 1, step.outcome);
        }
    }
    if (step.outcome != QLatin1String("pass") || !step.message.isEmpty())
        log(QStringLiteral("%1: %2 %3").arg(step.name, step.outcome, step.message));
}

void ProvisionPage::onFinished()
{
    if (!m_job)
        return;
    const ResultRow &row = m_job->result();
    m_progress->setValue(100);
    log(row.outcome == QLatin1String("pass") ? tr("PASS") : tr("FAIL: %1").arg(row.cause));
    m_done = true;
    updateReadiness();
    emit completeChanged();
    // The verdict is the next page: go there by itself so the operator does not have to.
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void ProvisionPage::log(const QString &line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), line));
}

bool ProvisionPage::isComplete() const
{
    return m_done && !m_session->isRunning();
}

void ProvisionPage::cleanupPage()
{
    // Back from Provision while a job runs would leave the page without its job: cancel it.
    if (m_session->isRunning())
        m_session->cancelJob();
}

void ProvisionPage::reset()
{
    m_done = false;
    m_steps->clear();
    m_progress->setValue(0);
    m_log->clear();
    m_status->attach(nullptr);
    updateReadiness();
    emit completeChanged();
    m_port->setFocus();
}

QString ProvisionPage::helpText() const
{
    return tr("Choose the port the module is on (type the path when it is not listed) and press Start (Alt+S). "
              "The steps show what the station is doing; the panel shows what it knows about the module. When it "
              "finishes, the result page opens by itself.");
}

// ------------------------------------------------------------------------------------------------
// Result

ResultPage::ResultPage(ProvisioningSession *session, QWidget *parent)
    : ProvisioningPage(session, parent)
{
    m_verdict = valueLabel("verdictLabel", this);
    QFont big = m_verdict->font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    m_verdict->setFont(big);
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
    m_nextModule = button("nextModuleButton", this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_cause);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_nextModule, 0, Qt::AlignRight);
    connect(m_nextModule, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<ProvisioningWizard *>(wizard()))
            w->nextModule();
    });
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
    if (!m_row.outcome.isEmpty())
        showResult(m_row);
}

void ResultPage::load() {}

void ResultPage::initializePage()
{
    ProvisioningPage::initializePage();
    if (Job *job = m_session->job())
        showResult(job->result());
    m_nextModule->setFocus();
}

void ResultPage::showResult(const ResultRow &row)
{
    m_row = row;
    const bool pass = row.outcome == QLatin1String("pass");
    m_verdict->setText(pass ? tr("PASS") : tr("FAIL"));
    m_verdict->setStyleSheet(pass ? QStringLiteral("color: #1b7f1b;") : QStringLiteral("color: #b00020;"));
    m_cause->setText(pass ? tr("The module is provisioned.") : row.cause);
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    m_hub->setText(orDash(row.assignedHub));
    m_device->setText(orDash(row.deviceId));
    m_registration->setText(orDash(row.registrationId));
    m_substatus->setText(orDash(row.substatus));
    m_operation->setText(orDash(row.operationId));
    m_module->setText(orDash(QStringList{row.model, row.firmware, row.mac}.join(u' ').trimmed()));
    const qint64 ms = row.started.isValid() && row.finished.isValid() ? row.started.msecsTo(row.finished) : 0;
    m_times->setText(tr("started %1, finished %2, %3 s")
                         .arg(row.started.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                              row.finished.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                         .arg(ms / 1000.0, 0, 'f', 1));
}

QString ResultPage::helpText() const
{
    return tr("PASS means the module joined Wi-Fi, registered and sent its test message; its ID and hub are shown. "
              "FAIL names the cause in words: fix it (for example the Wi-Fi password) and press Next module to try "
              "again with the same settings.");
}
