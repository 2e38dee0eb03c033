#include "wizard/certificatespage.h"

#include "certs/certificatesummarywidget.h"
#include "certs/certificatetools.h"
#include "common/files.h"
#include "common/logging.h"
#include "pki/issue.h"
#include "pki/load.h"
#include "pki/token.h"
#include "pki/trust.h"
#include "provisioning/secretstore.h"
#include "provisioning/station.h"
#include "wizard/secretfield.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>
#include <QVBoxLayout>

using namespace wizardui;

namespace {
const char *const kCaPassphraseSecret = "ca-key-passphrase";

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *c : widgets)
        l->addWidget(c, c == widgets.first() ? 1 : 0);
    return w;
}
} // namespace

// The page's widgets, its form in the order it shows, and their connections: long, but one place
// to read what each field edits.
CertificatesPage::CertificatesPage(Station *station, QWidget *parent)
    : ProvisioningPage(station, parent)
{
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("certPolicyCombo"));
    m_policy->addItem(QString(), QStringLiteral("generate"));
    m_policy->addItem(QString(), QStringLiteral("folder"));
    m_keyType = new QComboBox(this);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    for (pki::KeyType t : {pki::KeyType::EcP256, pki::KeyType::EcP384, pki::KeyType::Rsa2048, pki::KeyType::Rsa3072,
                           pki::KeyType::Rsa4096})
        m_keyType->addItem(pki::keyTypeName(t), pki::keyTypeName(t));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validitySpin"));
    m_validity->setRange(1, 36500);
    m_caFile = lineEdit("caFileEdit", this);
    m_browse = button("caBrowseButton", this);
    m_keyStorage = new QComboBox(this);
    m_keyStorage->setObjectName(QStringLiteral("caKeyStorageCombo"));
    m_keyStorage->addItem(QString(), QStringLiteral("file"));
    m_keyStorage->addItem(QString(), QStringLiteral("token"));
    m_caKeyFile = lineEdit("caKeyFileEdit", this);
    m_passphrase = new SecretField(QStringLiteral("caPasswordEdit"), this);
    m_caKeyUri = lineEdit("caKeyUriEdit", this);
    m_pin = new SecretField(QStringLiteral("caPinEdit"), this);
    m_load = button("caLoadButton", this);
    m_generate = button("caGenerateButton", this);
    m_verification = button("popButton", this);
    m_summary = new CertificateSummaryWidget(this);
    m_summary->setObjectName(QStringLiteral("caSummary"));
    m_caState = problemLabel("caState", this);
    m_folder = lineEdit("certFolderEdit", this);
    m_trust = new QListWidget(this);
    m_trust->setObjectName(QStringLiteral("trustList"));
    m_trust->setMaximumHeight(110);
    m_trustAdd = button("trustAddButton", this);
    const auto label = [this](QLabel *&l, QWidget *buddy) {
        l = new QLabel(this);
        l->setBuddy(buddy);
    };
    label(m_policyLabel, m_policy);
    label(m_keyTypeLabel, m_keyType);
    label(m_validityLabel, m_validity);
    label(m_caFileLabel, m_caFile);
    label(m_keyStorageLabel, m_keyStorage);
    label(m_caKeyLabel, m_caKeyFile);
    label(m_passLabel, m_passphrase->edit());
    label(m_caUriLabel, m_caKeyUri);
    label(m_pinLabel, m_pin->edit());
    label(m_folderLabel, m_folder);
    label(m_trustLabel, m_trust);

    m_form = new QFormLayout;
    m_form->addRow(m_policyLabel, m_policy);
    m_form->addRow(m_keyTypeLabel, m_keyType);
    m_form->addRow(m_validityLabel, m_validity);
    m_form->addRow(m_caFileLabel, row(this, {m_caFile, m_browse}));
    m_form->addRow(m_keyStorageLabel, m_keyStorage);
    m_form->addRow(m_caKeyLabel, m_caKeyFile);
    m_form->addRow(m_passLabel, m_passphrase);
    m_form->addRow(m_caUriLabel, m_caKeyUri);
    m_form->addRow(m_pinLabel, m_pin);
    m_form->addRow(QString(), row(this, {new QWidget(this), m_load, m_generate, m_verification}));
    m_form->addRow(QString(), m_caState);
    m_form->addRow(QString(), m_summary);
    m_form->addRow(m_folderLabel, m_folder);
    m_form->addRow(m_trustLabel, m_trust);
    m_form->addRow(QString(), row(this, {new QWidget(this), m_trustAdd}));
    content()->addLayout(m_form);
    content()->addWidget(m_problems);
    content()->addStretch();

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        const QString policy = m_policy->currentData().toString();
        edit([&](Profile &p) { p.certificates.policy = policy; });
        updateVisibility();
    });
    connect(m_keyType, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_keyType->currentData().toString();
        edit([&](Profile &p) { p.certificates.keyType = type; });
    });
    connect(m_validity, &QSpinBox::valueChanged, this,
            [this](int days) { edit([&](Profile &p) { p.certificates.validityDays = days; }); });
    connect(m_folder, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit([&](Profile &p) { p.certificates.folder = t.trimmed(); }); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        QFileDialog *d = fileDialog(QStringLiteral("caFileDialog"),
                                    tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"));
        d->setWindowTitle(tr("Open the signing CA"));
        connect(d, &QFileDialog::fileSelected, this, [this](const QString &file) {
            m_caFile->setText(file);
            loadCa();
        });
        d->open();
    });
    connect(m_load, &QPushButton::clicked, this, &CertificatesPage::loadCa);
    connect(m_keyStorage, &QComboBox::currentIndexChanged, this, &CertificatesPage::updateVisibility);
    connect(m_caKeyUri, &QLineEdit::returnPressed, this, &CertificatesPage::loadCa);
    connect(m_pin->edit(), &QLineEdit::returnPressed, this, &CertificatesPage::loadCa);
    connect(m_pin, &SecretField::changed, this, &CertificatesPage::showProblems);
    connect(m_caFile, &QLineEdit::returnPressed, this, &CertificatesPage::loadCa);
    connect(m_generate, &QPushButton::clicked, this, [this] { openTools(int(CertificateToolsDialog::Kind::RootCa)); });
    connect(m_verification, &QPushButton::clicked, this,
            [this] { openTools(int(CertificateToolsDialog::Kind::Verification)); });
    connect(m_trust, &QListWidget::itemChanged, this, &CertificatesPage::trustChanged);
    connect(m_trustAdd, &QPushButton::clicked, this, [this] {
        QFileDialog *d = fileDialog(QStringLiteral("trustFileDialog"), tr("PEM certificates (*.pem *.crt *.cer)"));
        d->setWindowTitle(tr("Add a trust root"));
        connect(d, &QFileDialog::fileSelected, this, &CertificatesPage::addTrustFile);
        d->open();
    });
    connect(m_passphrase, &SecretField::changed, this, &CertificatesPage::showProblems);
    setFocusProxy(m_policy);
    retranslate();
}

void CertificatesPage::retranslate()
{
    setTitle(tr("Certificates"));
    setSubTitle(tr("The CA that signs device certificates, the proof of possession for Azure, and the roots the "
                   "module trusts."));
    m_policy->setItemText(0, tr("Made on the station, signed by the CA"));
    m_policy->setItemText(1, tr("Taken from a folder (<id>.pem, <id>.key.pem)"));
    m_policyLabel->setText(tr("&Device certificates:"));
    m_keyTypeLabel->setText(tr("&Key type:"));
    m_validityLabel->setText(tr("Va&lidity:"));
    m_validity->setSuffix(tr(" days"));
    m_caFileLabel->setText(tr("&CA file:"));
    m_keyStorageLabel->setText(tr("CA key:"));
    m_keyStorage->setItemText(0, tr("Key in a file"));
    m_keyStorage->setItemText(1, tr("Key on a token (PKCS#11)"));
    m_keyStorage->setToolTip(tr("A token (smart card, USB token, HSM) signs device certificates itself and never "
                                "lets the CA key out"));
    m_caKeyLabel->setText(tr("CA key f&ile:"));
    m_passLabel->setText(tr("CA key pa&ssphrase:"));
    m_caUriLabel->setText(tr("Token key UR&I:"));
    m_pinLabel->setText(tr("Token u&ser PIN:"));
    m_caKeyUri->setPlaceholderText(tr("pkcs11:token=…;object=…"));
    m_browse->setText(tr("Bro&wse…"));
    m_load->setText(tr("Lo&ad"));
    m_generate->setText(tr("&Generate a CA…"));
    m_verification->setText(tr("Verification certificate…"));
    m_verification->setToolTip(tr("Proof of possession: make the certificate Azure asks for to verify the CA"));
    m_folderLabel->setText(tr("Certificate folde&r:"));
    m_trustLabel->setText(tr("Tr&ust roots:"));
    m_trustAdd->setText(tr("Add a root file…"));
    m_caFile->setPlaceholderText(tr("PEM, DER or PKCS#12 (.p12, .pfx)"));
    m_caKeyFile->setPlaceholderText(tr("only when the key is in a separate file"));
    m_passphrase->retranslate();
    m_pin->retranslate();
    rebuildTrust();
}

void CertificatesPage::load()
{
    const Profile &p = profile();
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(p.certificates.policy)));
    m_keyType->setCurrentIndex(qMax(0, m_keyType->findData(p.certificates.keyType)));
    m_validity->setValue(p.certificates.validityDays);
    m_caFile->setText(p.certificates.caCertificate);
    m_keyStorage->setCurrentIndex(p.caKeyOnToken() ? 1 : 0);
    m_caKeyFile->setText(
        p.caKeyOnToken() || p.certificates.caKey == p.certificates.caCertificate ? QString() : p.certificates.caKey);
    m_caKeyUri->setText(p.caKeyOnToken() ? p.certificates.caKey : QString());
    m_pin->setSecret(m_station->secrets(), p.certificates.caKeyPinSecret);
    m_folder->setText(p.certificates.folder);
    m_passphrase->setSecret(m_station->secrets(), p.certificates.caKeyPassphraseSecret.isEmpty()
                                                      ? QString::fromLatin1(kCaPassphraseSecret)
                                                      : p.certificates.caKeyPassphraseSecret);
    m_caError.clear();
    m_caState->clear();
    lock({m_policy, m_keyType, m_validity, m_caFile, m_browse, m_keyStorage, m_caKeyFile, m_caKeyUri, m_load,
          m_generate, m_verification, m_folder, m_trust, m_trustAdd});
    showCa();
    updateVisibility();
    retranslate();
}

void CertificatesPage::updateVisibility()
{
    const bool x509 = profile().usesX509();
    const bool generate = profile().certificates.policy == QLatin1String("generate");
    const auto show = [this](QWidget *field, bool on) {
        field->setVisible(on);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(on);
    };
    show(m_policy, x509);
    show(m_keyType, x509 && generate);
    show(m_validity, x509 && generate);
    for (QWidget *w : {m_caFile->parentWidget(), static_cast<QWidget *>(m_keyStorage), m_load->parentWidget(),
                       static_cast<QWidget *>(m_caState), static_cast<QWidget *>(m_summary)})
        show(w, x509 && generate);
    const bool token = tokenMode();
    show(m_caKeyFile, x509 && generate && !token);
    show(m_passphrase, x509 && generate && !token && editable());
    show(m_caKeyUri, x509 && generate && token);
    show(m_pin, x509 && generate && token && editable());
    show(m_folder, x509 && !generate);
    showProblems();
}

QStringList CertificatesPage::problems() const
{
    const Profile &p = profile();
    QStringList out;
    if (p.trust.roots.isEmpty())
        out << tr("Check at least one trust root.");
    if (!p.usesX509())
        return out;
    if (p.certificates.policy == QLatin1String("folder")) {
        if (p.certificates.folder.isEmpty())
            out << tr("Name the folder that holds <id>.pem and <id>.key.pem.");
        return out;
    }
    if (!m_caError.isEmpty())
        out << tr("The CA did not load: %1").arg(m_caError);
    else if (p.certificates.caCertificate.isEmpty() || p.certificates.caKey.isEmpty())
        out << tr("Load the CA that signs the device certificates, or generate one.");
    else if (tokenMode() != p.caKeyOnToken())
        out << (tokenMode() ? tr("Load the CA to use its key on the token.")
                            : tr("Load the CA to use its key from the file."));
    if (m_tokenBusy)
        out << tr("Logging in to the token…");
    if (!m_passphrase->problem().isEmpty())
        out << m_passphrase->problem();
    return out;
}

bool CertificatesPage::validatePage()
{
    if (editable())
        m_passphrase->commit();
    return true;
}

bool CertificatesPage::tokenMode() const
{
    return m_keyStorage->currentData().toString() == QLatin1String("token");
}

QFileDialog *CertificatesPage::fileDialog(const QString &objectName, const QString &filter)
{
    // Never exec(): the dialog is window-modal, opened with open(), and tests drive it by objectName.
    auto *d = new QFileDialog(this);
    d->setObjectName(objectName);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOption(QFileDialog::DontUseNativeDialog);
    d->setNameFilter(filter);
    d->setFileMode(QFileDialog::ExistingFile);
    if (!profile().baseDir.isEmpty())
        d->setDirectory(profile().baseDir);
    return d;
}

void CertificatesPage::loadCa()
{
    if (!editable() || m_tokenBusy)
        return;
    if (tokenMode()) {
        if (m_pin->hasTyped()) {
            loadCaFromToken(m_pin->edit()->text().toUtf8());
            return;
        }
        // No PIN typed: the one in the secret store.
        SecretStore *store = m_station->secrets();
        if (!store) {
            loadCaFromToken({});
            return;
        }
        SecretJob *job = store->read(profile().certificates.caKeyPinSecret);
        QPointer<CertificatesPage> self(this);
        connect(job, &SecretJob::finished, this, [self, job] {
            job->deleteLater();
            if (self)
                self->loadCaFromToken(job->isOk() ? job->value() : QByteArray());
        });
        return;
    }
    if (m_passphrase->hasTyped()) {
        loadCaWith(m_passphrase->edit()->text().toUtf8());
        return;
    }
    // No passphrase typed: the stored one (the key may be encrypted), or none.
    SecretStore *store = m_station->secrets();
    const QString secret = profile().certificates.caKeyPassphraseSecret;
    if (!store || secret.isEmpty()) {
        loadCaWith({});
        return;
    }
    SecretJob *job = store->read(secret);
    QPointer<CertificatesPage> self(this);
    connect(job, &SecretJob::finished, this, [self, job] {
        job->deleteLater();
        if (self)
            self->loadCaWith(job->isOk() ? job->value() : QByteArray());
    });
}

void CertificatesPage::loadCaWith(const QByteArray &passphrase)
{
    const QString file = m_caFile->text().trimmed();
    const QString keyFile = m_caKeyFile->text().trimmed();
    const auto ca = pki::loadCa(file, keyFile, passphrase);
    if (!ca) {
        // The page shows the failure, not the previous CA, and does not go on.
        m_caError = file.isEmpty() ? tr("name the CA file") : ca.error();
        m_caState->setText(m_caError);
        m_summary->clear();
        showProblems();
        return;
    }
    QString certPath = file;
    QString keyPath = keyFile.isEmpty() ? file : keyFile;
    // The job reads PEM: a PKCS#12 or DER CA becomes PEM files next to it, the key encrypted with
    // the same passphrase, which goes to the secret store.
    const auto bundle = pki::loadFile(file, passphrase);
    if (bundle && (bundle->format != pki::Bundle::Format::Pem || keyPath == file)) {
        const QString stem = QFileInfo(file).absoluteDir().filePath(pki::fileStem(QFileInfo(file).completeBaseName()));
        certPath = stem + QStringLiteral("-ca.pem");
        keyPath = stem + QStringLiteral("-ca.key.pem");
        QString error;
        if (!files::writeAtomically(certPath, ca->certificate.toPem(), false, &error) ||
            !files::writeAtomically(keyPath, ca->key.toPem(passphrase), true, &error)) {
            m_caError = error;
            m_caState->setText(error);
            showProblems();
            return;
        }
    }
    const bool encrypted = !passphrase.isEmpty();
    if (encrypted)
        m_passphrase->commit();
    edit([&](Profile &p) {
        p.certificates.caCertificate = certPath;
        p.certificates.caKey = keyPath;
        p.certificates.caKeyPassphraseSecret = encrypted ? QString::fromLatin1(kCaPassphraseSecret) : QString();
    });
    m_caError.clear();
    m_caState->setText(encrypted ? QString() : tr("Warning: the CA key is not encrypted on disk."));
    m_caFile->setText(certPath);
    m_caKeyFile->setText(keyPath == certPath ? QString() : keyPath);
    qCInfo(lcUi) << "CA loaded:" << ca->certificate.subjectCommonName();
    showCa();
    showProblems();
}

void CertificatesPage::loadCaFromToken(const QByteArray &pin)
{
    const QString file = m_caFile->text().trimmed();
    const QString uri = m_caKeyUri->text().trimmed();
    QString problem;
    if (file.isEmpty())
        problem = tr("name the CA file");
    else if (uri.isEmpty())
        problem = tr("type the URI of the CA key on the token (pkcs11:token=…;object=…)");
    else if (pin.isEmpty())
        problem = tr("type the token's user PIN");
    if (!problem.isEmpty()) {
        m_caError = problem;
        m_caState->setText(problem);
        m_summary->clear();
        showProblems();
        return;
    }
    // Logging in to a real token takes a moment: on a worker thread, the window stays responsive.
    m_tokenBusy = true;
    m_load->setEnabled(false);
    m_caState->setText(tr("Logging in to the token…"));
    showProblems();
    using Loaded = pki::Result<pki::CaPair>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, file, uri] {
        watcher->deleteLater();
        m_tokenBusy = false;
        m_load->setEnabled(editable());
        const Loaded ca = watcher->result();
        if (!ca) {
            m_caError = ca.error();
            m_caState->setText(m_caError);
            m_summary->clear();
            showProblems();
            return;
        }
        m_pin->commit();
        const QString secret = profile().certificates.caKeyPinSecret;
        edit([&](Profile &p) {
            p.certificates.caCertificate = file;
            p.certificates.caKey = uri;
            p.certificates.caKeyPinSecret = secret;
            p.certificates.caKeyPassphraseSecret.clear();
        });
        m_caError.clear();
        m_caState->setText(tr("The CA key is on the token: device certificates are signed there and the key never "
                              "leaves it."));
        qCInfo(lcUi) << "CA loaded with its key on a token:" << ca->certificate.subjectCommonName();
        showCa();
        showProblems();
    });
    watcher->setFuture(QtConcurrent::run([file, uri, pin] { return pki::loadCa(file, uri, pin); }));
}

void CertificatesPage::showCa()
{
    const Profile &p = profile();
    if (p.certificates.caCertificate.isEmpty()) {
        m_summary->clear();
        return;
    }
    const auto bundle = pki::loadFile(p.resolvePath(p.certificates.caCertificate));
    if (!bundle) {
        m_summary->clear();
        m_caState->setText(bundle.error());
        return;
    }
    // Keys at rest: a CA key file in clear shows as the lint finding ca-key-unencrypted.
    pki::LintOptions options;
    if (!p.caKeyAtRestWarning().isEmpty()) {
        if (const auto key = pki::loadFile(p.resolvePath(p.certificates.caKey)); key && !key->key.isNull()) {
            options.privateKey = key->key;
            options.privateKeyEncrypted = key->keyEncrypted;
        }
    }
    m_summary->setBundle(*bundle, options);
}

void CertificatesPage::openTools(int kind)
{
    auto *dialog = new CertificateToolsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Profile &p = profile();
    const QString folder = p.baseDir.isEmpty() ? QDir::homePath() : p.baseDir;
    dialog->preset(CertificateToolsDialog::Kind(kind), p.resolvePath(p.certificates.caCertificate),
                   p.resolvePath(p.certificates.caKey), folder);
    if (CertificateToolsDialog::Kind(kind) == CertificateToolsDialog::Kind::RootCa) {
        connect(dialog, &CertificateToolsDialog::generated, this, [this](const QString &cert, const QString &key) {
            m_caFile->setText(cert);
            const bool token = pki::Pkcs11Uri::looksLike(key);
            m_keyStorage->setCurrentIndex(token ? 1 : 0);
            (token ? m_caKeyUri : m_caKeyFile)->setText(key);
            loadCa();
        });
    }
    dialog->show();
}

void CertificatesPage::rebuildTrust()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QSignalBlocker block(m_trust);
    m_trust->clear();
    const QStringList roots = profile().trust.roots;
    for (const pki::TrustedRoot &root : pki::azureRoots()) {
        auto *item = new QListWidgetItem(m_trust);
        const QString id = pki::bundledId(root);
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
}

void CertificatesPage::addTrustFile(const QString &file)
{
    const auto bundle = pki::loadFile(file);
    if (!bundle || bundle->certificates.isEmpty()) {
        m_caState->setText(bundle ? tr("%1 holds no certificate.").arg(file) : bundle.error());
        return;
    }
    edit([&](Profile &p) {
        if (!p.trust.roots.contains(file))
            p.trust.roots.append(file);
    });
    rebuildTrust();
}

QString CertificatesPage::helpText() const
{
    return tr("X.509 flows sign each module's certificate with the CA below. Load the CA you verified in Azure "
              "(PEM with a key file, or one PKCS#12 file with its passphrase, or a certificate whose key is on a "
              "PKCS#11 token: its pkcs11: URI and the token's user PIN, kept in the secret store), or generate one. To "
              "verify a new CA, "
              "upload it in the portal, let the portal give you a verification code, make the verification "
              "certificate here and upload it. The module trusts the checked roots: DigiCert Global Root G2 is "
              "what Azure uses; Baltimore CyberTrust Root expired and is shown only so you recognise it.");
}
