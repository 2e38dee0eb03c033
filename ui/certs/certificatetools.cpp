#include "certs/certificatetools.h"

#include "azure/identifiers.h"
#include "certs/certificatesummarywidget.h"
#include "common/logging.h"
#include "pki/issue.h"
#include "pki/key.h"
#include "pki/token.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace {

/// The label whose buddy is @p field.
QLabel *labelOf(QWidget *parent, QWidget *field)
{
    for (QLabel *l : parent->findChildren<QLabel *>()) {
        if (l->buddy() == field)
            return l;
    }
    return nullptr;
}

QComboBox *storageCombo(const char *name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->addItem(QCoreApplication::translate("CertificateToolsDialog", "In a file"), QStringLiteral("file"));
    c->addItem(QCoreApplication::translate("CertificateToolsDialog", "On a token (PKCS#11)"), QStringLiteral("token"));
    return c;
}

QLineEdit *secretEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setEchoMode(QLineEdit::Password);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return e;
}

} // namespace

struct CertificateToolsDialog::Request
{
    Kind kind;
    QString cn, organization, issuerCert, issuerKey, outDir, stem;
    QByteArray issuerPassphrase, keyPassphrase; ///< issuerPassphrase: the token's PIN for a token key
    bool caKeyInFile = false;                   ///< a CA's new key goes to a file
    bool keyInClear = false;                    ///< ... and the engineer ticked "unencrypted" on purpose
    int days = 365;
    pki::KeyType keyType = pki::KeyType::EcP256;
    QString keyUri; ///< the new key on a token (empty: a key file)
    QByteArray keyPin;
};

CertificateToolsDialog::CertificateToolsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateToolsDialog"));
    setWindowTitle(tr("Certificate tools"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("certTabs"));
    m_tabs->addTab(makeGeneratePage(), tr("&Generate"));
    m_tabs->addTab(makeInspectPage(), tr("I&nspect"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_generateWatcher, &QFutureWatcher<Generated>::finished, this, &CertificateToolsDialog::onGenerated);
    connect(&m_inspectWatcher, &QFutureWatcher<Inspected>::finished, this, &CertificateToolsDialog::onInspected);
    kindChanged();
    resize(720, 640);
}

CertificateToolsDialog::~CertificateToolsDialog()
{
    // Workers hold copies of what they need; a key being generated finishes on the pool alone.
    m_generateWatcher.disconnect(this);
    m_inspectWatcher.disconnect(this);
}

// One form built top to bottom in the order it shows (a long list of rows, each a few lines).
QWidget *CertificateToolsDialog::makeGeneratePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("generatePage"));
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Root CA"), int(Kind::RootCa));
    m_kind->addItem(tr("Intermediate CA"), int(Kind::IntermediateCa));
    m_kind->addItem(tr("Device certificate"), int(Kind::Device));
    m_kind->addItem(tr("Verification certificate (proof of possession)"), int(Kind::Verification));
    auto *kindLabel = new QLabel(tr("&Make:"), page);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_cn = new QLineEdit(page);
    m_cn->setObjectName(QStringLiteral("commonNameEdit"));
    m_cnLabel = new QLabel(page);
    m_cnLabel->setBuddy(m_cn);
    form->addRow(m_cnLabel, m_cn);

    m_organization = new QLineEdit(page);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("optional"));
    auto *orgLabel = new QLabel(tr("&Organization (O):"), page);
    orgLabel->setBuddy(m_organization);
    form->addRow(orgLabel, m_organization);

    m_days = new QSpinBox(page);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 36500);
    m_days->setSuffix(tr(" days"));
    auto *daysLabel = new QLabel(tr("&Validity:"), page);
    daysLabel->setBuddy(m_days);
    form->addRow(daysLabel, m_days);

    m_keyType = new QComboBox(page);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    for (pki::KeyType t : {pki::KeyType::EcP256, pki::KeyType::EcP384, pki::KeyType::Rsa2048, pki::KeyType::Rsa3072,
                           pki::KeyType::Rsa4096})
        m_keyType->addItem(pki::keyTypeName(t), int(t));
    m_keyType->setToolTip(tr("EC P-256 is small and fast on the module; RSA 4096 takes seconds to make"));
    auto *keyLabel = new QLabel(tr("&Key type:"), page);
    keyLabel->setBuddy(m_keyType);
    form->addRow(keyLabel, m_keyType);

    const auto pathRow = [&](const char *editName, const char *buttonName, const QString &label, bool directory,
                             bool save, QWidget *parentWidget, QFormLayout *into) {
        auto *edit = new QLineEdit(parentWidget);
        edit->setObjectName(QLatin1String(editName));
        auto *button = new QPushButton(tr("Browse…"), parentWidget);
        button->setObjectName(QLatin1String(buttonName));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        auto *l = new QLabel(label, parentWidget);
        l->setBuddy(edit);
        into->addRow(l, row);
        connect(button, &QPushButton::clicked, this,
                [this, edit, label, directory, save] { browse(edit, label, directory, save); });
        return edit;
    };

    addNewKeyRows(page, form);

    m_issuerBox = new QWidget(page);
    m_issuerBox->setObjectName(QStringLiteral("issuerBox"));
    auto *issuerForm = new QFormLayout(m_issuerBox);
    issuerForm->setContentsMargins(0, 0, 0, 0);
    m_issuerCert = pathRow("issuerCertEdit", "issuerCertBrowse", tr("Issuing CA &certificate:"), false, false,
                           m_issuerBox, issuerForm);
    m_issuerStorage = storageCombo("issuerKeyStorageCombo", m_issuerBox);
    auto *issuerStorageLabel = new QLabel(tr("Issuing CA key is &held:"), m_issuerBox);
    issuerStorageLabel->setBuddy(m_issuerStorage);
    issuerForm->addRow(issuerStorageLabel, m_issuerStorage);
    m_issuerKey =
        pathRow("issuerKeyEdit", "issuerKeyBrowse", tr("Issuing CA &key:"), false, false, m_issuerBox, issuerForm);
    m_issuerKeyLabel = labelOf(m_issuerBox, m_issuerKey);
    m_issuerKeyBrowse = m_issuerBox->findChild<QPushButton *>(QStringLiteral("issuerKeyBrowse"));
    m_issuerPassphrase = secretEdit("issuerPassphraseEdit", m_issuerBox);
    m_issuerPassphraseLabel = new QLabel(m_issuerBox);
    m_issuerPassphraseLabel->setBuddy(m_issuerPassphrase);
    issuerForm->addRow(m_issuerPassphraseLabel, m_issuerPassphrase);
    form->addRow(m_issuerBox);

    m_outDir = pathRow("outputDirEdit", "outputDirBrowse", tr("Output &folder:"), true, false, page, form);
    m_fileName = new QLineEdit(page);
    m_fileName->setObjectName(QStringLiteral("fileNameEdit"));
    m_fileName->setPlaceholderText(tr("from the CN"));
    auto *nameLabel = new QLabel(tr("File &name:"), page);
    nameLabel->setBuddy(m_fileName);
    form->addRow(nameLabel, m_fileName);
    m_keyPassphrase = secretEdit("keyPassphraseEdit", page);
    m_keyPassphrase->setPlaceholderText(tr("optional: encrypt the new key (AES-256)"));
    m_keyPassphraseLabel = new QLabel(tr("New key pa&ssphrase:"), page);
    m_keyPassphraseLabel->setBuddy(m_keyPassphrase);
    form->addRow(m_keyPassphraseLabel, m_keyPassphrase);
    m_unencryptedKey = new QCheckBox(tr("&Leave the new CA key unencrypted (not recommended)"), page);
    m_unencryptedKey->setObjectName(QStringLiteral("unencryptedKeyCheck"));
    m_unencryptedKey->setToolTip(tr("Whoever can read an unencrypted CA key file can issue certificates that "
                                    "Azure trusts. Prefer a passphrase or a token."));
    form->addRow(QString(), m_unencryptedKey);
    outer->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_generate = new QPushButton(tr("Gene&rate"), page);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_generateProgress = new QProgressBar(page);
    m_generateProgress->setObjectName(QStringLiteral("generateProgress"));
    m_generateProgress->setRange(0, 0);
    m_generateProgress->setTextVisible(false);
    m_generateProgress->hide();
    actions->addWidget(m_generate);
    actions->addWidget(m_generateProgress, 1);
    outer->addLayout(actions);
    m_generateStatus = new QLabel(page);
    m_generateStatus->setObjectName(QStringLiteral("generateStatus"));
    m_generateStatus->setWordWrap(true);
    m_generateStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_generateStatus);
    m_generatedSummary = new CertificateSummaryWidget(page);
    m_generatedSummary->setObjectName(QStringLiteral("generatedSummary"));
    outer->addWidget(m_generatedSummary, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CertificateToolsDialog::kindChanged);
    connect(m_keyStorage, &QComboBox::currentIndexChanged, this, &CertificateToolsDialog::storageChanged);
    connect(m_issuerStorage, &QComboBox::currentIndexChanged, this, &CertificateToolsDialog::storageChanged);
    connect(m_generate, &QPushButton::clicked, this, &CertificateToolsDialog::generate);
    return page;
}

void CertificateToolsDialog::addNewKeyRows(QWidget *page, QFormLayout *form)
{
    m_keyStorage = storageCombo("keyStorageCombo", page);
    auto *storageLabel = new QLabel(tr("Ne&w key:"), page);
    storageLabel->setBuddy(m_keyStorage);
    form->addRow(storageLabel, m_keyStorage);
    m_keyUri = new QLineEdit(page);
    m_keyUri->setObjectName(QStringLiteral("keyUriEdit"));
    m_keyUri->setPlaceholderText(tr("pkcs11:token=…;object=… (a new name on the token)"));
    m_keyUriLabel = new QLabel(tr("Token key &URI:"), page);
    m_keyUriLabel->setBuddy(m_keyUri);
    form->addRow(m_keyUriLabel, m_keyUri);
    m_keyPin = secretEdit("keyPinEdit", page);
    m_keyPinLabel = new QLabel(tr("Token user P&IN:"), page);
    m_keyPinLabel->setBuddy(m_keyPin);
    form->addRow(m_keyPinLabel, m_keyPin);
}

QWidget *CertificateToolsDialog::makeInspectPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("inspectPage"));
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;

    m_inspectFile = new QLineEdit(page);
    m_inspectFile->setObjectName(QStringLiteral("inspectFileEdit"));
    m_inspectFile->setPlaceholderText(tr("certificate, key, CSR or PKCS#12 file (PEM or DER)"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("inspectBrowseButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_inspectFile, 1);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_inspectFile);
    form->addRow(fileLabel, row);
    m_inspectPassword = secretEdit("inspectPasswordEdit", page);
    m_inspectPassword->setPlaceholderText(tr("PKCS#12 or encrypted key only"));
    auto *pwLabel = new QLabel(tr("Pass&word:"), page);
    pwLabel->setBuddy(m_inspectPassword);
    form->addRow(pwLabel, m_inspectPassword);
    m_expectedId = new QLineEdit(page);
    m_expectedId->setObjectName(QStringLiteral("expectedIdEdit"));
    m_expectedId->setPlaceholderText(tr("optional: the device / registration ID the certificate is for"));
    auto *idLabel = new QLabel(tr("E&xpected ID:"), page);
    idLabel->setBuddy(m_expectedId);
    form->addRow(idLabel, m_expectedId);
    outer->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_inspect = new QPushButton(tr("Ins&pect"), page);
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_inspectProgress = new QProgressBar(page);
    m_inspectProgress->setObjectName(QStringLiteral("inspectProgress"));
    m_inspectProgress->setRange(0, 0);
    m_inspectProgress->setTextVisible(false);
    m_inspectProgress->hide();
    actions->addWidget(m_inspect);
    actions->addWidget(m_inspectProgress, 1);
    outer->addLayout(actions);
    m_inspectError = new QLabel(page);
    m_inspectError->setObjectName(QStringLiteral("inspectError"));
    m_inspectError->setWordWrap(true);
    m_inspectError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inspectError->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_inspectError->hide();
    outer->addWidget(m_inspectError);
    m_inspectSummary = new CertificateSummaryWidget(page);
    m_inspectSummary->setObjectName(QStringLiteral("inspectSummary"));
    outer->addWidget(m_inspectSummary, 1);

    connect(browse, &QPushButton::clicked, this, [this] { this->browse(m_inspectFile, tr("Inspect a file"), false); });
    connect(m_inspect, &QPushButton::clicked, this, &CertificateToolsDialog::inspect);
    connect(m_inspectFile, &QLineEdit::returnPressed, this, &CertificateToolsDialog::inspect);
    return page;
}

CertificateToolsDialog::Kind CertificateToolsDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CertificateToolsDialog::kindChanged()
{
    const Kind k = kind();
    switch (k) {
    case Kind::RootCa:
        m_cnLabel->setText(tr("Common name (&CN):"));
        m_cn->setPlaceholderText(tr("e.g. Acme Factory Root CA"));
        m_days->setValue(3650);
        break;
    case Kind::IntermediateCa:
        m_cnLabel->setText(tr("Common name (&CN):"));
        m_cn->setPlaceholderText(tr("e.g. Acme Line 1 Intermediate CA"));
        m_days->setValue(1825);
        break;
    case Kind::Device:
        m_cnLabel->setText(tr("Device / registration ID (&CN):"));
        m_cn->setPlaceholderText(tr("e.g. nina-w152-d4ca6e000001"));
        m_days->setValue(365);
        break;
    case Kind::Verification:
        m_cnLabel->setText(tr("Verification &code:"));
        m_cn->setPlaceholderText(tr("the code the Azure portal shows for the CA"));
        m_days->setValue(30);
        break;
    }
    m_issuerBox->setEnabled(k != Kind::RootCa);
    m_keyType->setEnabled(k != Kind::Verification);
    m_keyPassphrase->setEnabled(k != Kind::Verification);
    m_organization->setEnabled(k != Kind::Verification);
    storageChanged();
}

bool CertificateToolsDialog::newKeyOnToken() const
{
    // A device key goes to the module: only a CA's key may be made on a token.
    const Kind k = kind();
    return (k == Kind::RootCa || k == Kind::IntermediateCa) &&
           m_keyStorage->currentData().toString() == QLatin1String("token");
}

bool CertificateToolsDialog::newCaKeyInFile() const
{
    const Kind k = kind();
    return (k == Kind::RootCa || k == Kind::IntermediateCa) && !newKeyOnToken();
}

bool CertificateToolsDialog::issuerKeyOnToken() const
{
    return m_issuerStorage->currentData().toString() == QLatin1String("token");
}

void CertificateToolsDialog::storageChanged()
{
    const Kind k = kind();
    const bool ca = k == Kind::RootCa || k == Kind::IntermediateCa;
    m_keyStorage->setEnabled(ca);
    const bool token = newKeyOnToken();
    for (QWidget *w : {static_cast<QWidget *>(m_keyUri), static_cast<QWidget *>(m_keyUriLabel),
                       static_cast<QWidget *>(m_keyPin), static_cast<QWidget *>(m_keyPinLabel)})
        w->setVisible(token);
    m_keyPassphrase->setVisible(!token);
    m_keyPassphraseLabel->setVisible(!token);
    m_unencryptedKey->setVisible(newCaKeyInFile());
    m_keyPassphrase->setPlaceholderText(newCaKeyInFile() ? tr("encrypts the CA key (AES-256)")
                                                         : tr("optional: encrypt the new key (AES-256)"));
    const bool issuerToken = issuerKeyOnToken();
    m_issuerKeyBrowse->setEnabled(!issuerToken);
    if (m_issuerKeyLabel)
        m_issuerKeyLabel->setText(issuerToken ? tr("Issuing CA &key URI:") : tr("Issuing CA &key:"));
    m_issuerKey->setPlaceholderText(issuerToken ? tr("pkcs11:token=…;object=…") : QString());
    m_issuerPassphraseLabel->setText(issuerToken ? tr("CA token user &PIN:") : tr("CA key &passphrase:"));
    m_issuerPassphrase->setPlaceholderText(issuerToken ? tr("the PIN of the token that holds the CA key")
                                                       : tr("only when the CA key is encrypted"));
}

void CertificateToolsDialog::browse(QLineEdit *target, const QString &title, bool directory, bool save)
{
    // Not exec(): the window (and any running station) keeps going while the dialog is open.
    auto *dialog = new QFileDialog(this, QString(title).remove(u'&').remove(u':'), target->text());
    dialog->setObjectName(QStringLiteral("browseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (directory) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        dialog->setNameFilters(
            {tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr)"), tr("All files (*)")});
    }
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void CertificateToolsDialog::preset(Kind kind, const QString &issuerCert, const QString &issuerKey,
                                    const QString &outDir)
{
    m_tabs->setCurrentIndex(0);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_issuerCert->setText(issuerCert);
    m_issuerStorage->setCurrentIndex(pki::Pkcs11Uri::looksLike(issuerKey) ? 1 : 0);
    m_issuerKey->setText(issuerKey);
    if (!outDir.isEmpty())
        m_outDir->setText(outDir);
    m_cn->setFocus();
}

QString CertificateToolsDialog::problemWith(const Request &r) const
{
    if (r.cn.isEmpty())
        return r.kind == Kind::Verification ? tr("Enter the verification code.") : tr("Enter a common name (CN).");
    if (r.outDir.isEmpty())
        return tr("Choose an output folder.");
    if (r.kind != Kind::RootCa && (r.issuerCert.isEmpty() || r.issuerKey.isEmpty()))
        return issuerKeyOnToken() ? tr("Choose the issuing CA's certificate and type its key's pkcs11: URI.")
                                  : tr("Choose the issuing CA's certificate and key files.");
    if (r.kind != Kind::RootCa && issuerKeyOnToken() && !pki::Pkcs11Uri::looksLike(r.issuerKey))
        return tr("A key on a token is named by a URI that starts with pkcs11:.");
    if (r.kind != Kind::RootCa && issuerKeyOnToken() && r.issuerPassphrase.isEmpty())
        return tr("Type the user PIN of the token that holds the issuing CA's key.");
    if (newKeyOnToken() && r.keyUri.isEmpty())
        return tr("Type the URI of the new key on the token (pkcs11:token=…;object=…).");
    if (newKeyOnToken() && !pki::Pkcs11Uri::parse(r.keyUri))
        return pki::Pkcs11Uri::parse(r.keyUri).error();
    if (newKeyOnToken() && r.keyPin.isEmpty())
        return tr("Type the token's user PIN.");
    if (r.caKeyInFile && r.keyPassphrase.isEmpty() && !r.keyInClear)
        return tr("Type a passphrase for the new CA key, or tick \u201cLeave the new CA key unencrypted\u201d to "
                  "write it in clear on purpose.");
    if (r.caKeyInFile && !r.keyPassphrase.isEmpty() && r.keyInClear)
        return tr("Either type a passphrase for the new CA key or leave it unencrypted, not both.");
    if (r.kind == Kind::Device)
        return azure::checkRegistrationId(r.cn, true).value_or(QString());
    return {};
}

void CertificateToolsDialog::generate()
{
    if (m_generateWatcher.isRunning())
        return;
    Request r;
    r.kind = kind();
    r.cn = m_cn->text().trimmed();
    r.organization = m_organization->text().trimmed();
    r.days = m_days->value();
    r.keyType = pki::KeyType(m_keyType->currentData().toInt());
    r.issuerCert = m_issuerCert->text().trimmed();
    r.issuerKey = m_issuerKey->text().trimmed();
    r.issuerPassphrase = m_issuerPassphrase->text().toUtf8();
    r.keyPassphrase = m_keyPassphrase->text().toUtf8();
    r.caKeyInFile = newCaKeyInFile();
    r.keyInClear = r.caKeyInFile && m_unencryptedKey->isChecked();
    r.outDir = m_outDir->text().trimmed();
    r.stem = m_fileName->text().trimmed().isEmpty() ? pki::fileStem(r.cn) : pki::fileStem(m_fileName->text().trimmed());
    if (newKeyOnToken()) {
        r.keyUri = m_keyUri->text().trimmed();
        r.keyPin = m_keyPin->text().toUtf8();
    }

    const QString problem = problemWith(r);
    if (!problem.isEmpty()) {
        m_generateStatus->setText(problem);
        emit generationFailed(problem);
        return;
    }

    m_generate->setEnabled(false);
    m_generateProgress->show();
    m_generatedSummary->clear();
    const bool slow =
        r.kind != Kind::Verification && (r.keyType == pki::KeyType::Rsa3072 || r.keyType == pki::KeyType::Rsa4096);
    m_generateStatus->setText(
        slow ? tr("Making an %1 key; this can take several seconds…").arg(pki::keyTypeName(r.keyType))
             : tr("Generating…"));
    qCInfo(lcUi) << "certificate tools: generating" << m_kind->currentText();
    m_generateWatcher.setFuture(QtConcurrent::run([r] { return make(r); }));
}

// On a worker thread: the key, the certificate and the files, in that order; nothing is written
// over an existing file. A little over the house's length: one straight sequence of steps, each
// with its own failure, reads best in one piece.
CertificateToolsDialog::Generated CertificateToolsDialog::make(const Request &r)
{
    Generated out;
    QDir dir(r.outDir);
    if (!dir.exists() && !QDir().mkpath(r.outDir)) {
        out.error = tr("Cannot create the folder %1.").arg(r.outDir);
        return out;
    }
    const QString certPath = dir.filePath(
        r.stem + (r.kind == Kind::Verification ? QStringLiteral("-verification.pem") : QStringLiteral(".pem")));
    const QString keyPath = dir.filePath(r.stem + QStringLiteral(".key.pem"));
    // Never overwrite: a CA key replaced by accident cannot be brought back.
    for (const QString &p : {certPath, keyPath}) {
        if ((p == certPath || (r.kind != Kind::Verification && r.keyUri.isEmpty())) && QFileInfo::exists(p)) {
            out.error = tr("%1 already exists; choose another file name or folder.").arg(p);
            return out;
        }
    }
    pki::Certificate issuer;
    pki::Key issuerKey;
    if (r.kind != Kind::RootCa) {
        const auto ca = pki::loadCa(r.issuerCert, r.issuerKey, r.issuerPassphrase);
        if (!ca) {
            out.error = ca.error();
            return out;
        }
        issuer = ca->certificate;
        issuerKey = ca->key;
    }
    pki::CertificateSpec spec;
    spec.commonName = r.cn;
    spec.organization = r.organization;
    spec.validityDays = r.days;
    pki::Key key;
    std::optional<pki::Result<pki::Certificate>> cert;
    if (r.kind == Kind::Verification) {
        cert = pki::makeVerificationCertificate(r.cn, issuer, issuerKey, r.days);
    } else {
        auto k =
            r.keyUri.isEmpty() ? pki::Key::generate(r.keyType) : pki::generateTokenKey(r.keyUri, r.keyType, r.keyPin);
        if (!k) {
            out.error = k.error();
            return out;
        }
        key = *k;
        switch (r.kind) {
        case Kind::RootCa:
            cert = pki::makeRootCa(key, spec);
            break;
        case Kind::IntermediateCa:
            cert = pki::makeIntermediateCa(key, spec, issuer, issuerKey);
            break;
        default:
            cert = pki::makeDeviceCertificate(key, spec, issuer, issuerKey);
            break;
        }
    }
    if (!*cert) {
        out.error = cert->error();
        return out;
    }
    if (key.isOnToken()) {
        out.keyPath = key.tokenUri(); // it stays on the token: nothing to write
    } else if (!key.isNull()) {
        if (auto w = pki::writePrivateFile(keyPath, key.toPem(r.keyPassphrase)); !w) {
            out.error = w.error();
            return out;
        }
        out.keyPath = keyPath;
    }
    if (auto w = pki::writePublicFile(certPath, (*cert)->toPem()); !w) {
        out.error = w.error();
        return out;
    }
    out.certificatePath = certPath;
    out.bundle.certificates = {cert->value()};
    out.bundle.pemText = (*cert)->toPem();
    if (r.caKeyInFile) { // the summary's lint shows how the CA key is kept (ca-key-unencrypted)
        out.bundle.key = key;
        out.bundle.keyEncrypted = !r.keyPassphrase.isEmpty();
    }
    return out;
}

void CertificateToolsDialog::onGenerated()
{
    const Generated g = m_generateWatcher.result();
    m_generate->setEnabled(true);
    m_generateProgress->hide();
    if (!g.error.isEmpty()) {
        m_generateStatus->setText(tr("Error: %1").arg(g.error));
        emit generationFailed(g.error);
        return;
    }
    QString text = tr("Wrote %1").arg(QDir::toNativeSeparators(g.certificatePath));
    const bool onToken = pki::Pkcs11Uri::looksLike(g.keyPath);
    if (onToken)
        text += tr("; the key is on the token: %1").arg(g.keyPath);
    else if (!g.keyPath.isEmpty())
        text += tr(" and %1 (owner-only, mode 0600%2)")
                    .arg(QDir::toNativeSeparators(g.keyPath),
                         m_keyPassphrase->text().isEmpty() ? QString() : tr(", encrypted"));
    if (!onToken && g.bundle.key.hasPrivateKey() && !g.bundle.keyEncrypted)
        text += u' ' + tr("Warning: the CA key is not encrypted; whoever can read it can issue certificates that "
                          "Azure trusts.");
    m_generateStatus->setText(text);
    m_generatedSummary->setBundle(g.bundle);
    // The natural next step: the CA just made issues the next certificate.
    if (kind() == Kind::RootCa || kind() == Kind::IntermediateCa) {
        m_issuerCert->setText(g.certificatePath);
        m_issuerStorage->setCurrentIndex(onToken ? 1 : 0);
        m_issuerKey->setText(g.keyPath);
        m_issuerPassphrase->setText(onToken ? m_keyPin->text() : m_keyPassphrase->text());
    }
    m_keyPassphrase->clear();
    m_keyPin->clear();
    m_unencryptedKey->setChecked(false); // each CA key in clear is a decision of its own
    emit generated(g.certificatePath, g.keyPath);
}

void CertificateToolsDialog::inspect()
{
    if (m_inspectWatcher.isRunning())
        return;
    const QString path = m_inspectFile->text().trimmed();
    if (path.isEmpty()) {
        m_inspectError->setText(tr("Error: choose a file to inspect."));
        m_inspectError->show();
        emit inspected(false);
        return;
    }
    m_inspect->setEnabled(false);
    m_inspectProgress->show();
    const QByteArray password = m_inspectPassword->text().toUtf8();
    m_inspectWatcher.setFuture(QtConcurrent::run([path, password] {
        Inspected out;
        auto b = pki::loadFile(path, password);
        if (!b)
            out.error = b.error();
        else
            out.bundle = std::move(b).value();
        return out;
    }));
}

void CertificateToolsDialog::onInspected()
{
    const Inspected r = m_inspectWatcher.result();
    m_inspect->setEnabled(true);
    m_inspectProgress->hide();
    if (!r.error.isEmpty()) {
        m_inspectSummary->clear();
        m_inspectError->setText(tr("Error: %1").arg(r.error));
        m_inspectError->show();
        emit inspected(false);
        return;
    }
    m_inspectError->hide();
    pki::LintOptions options;
    options.expectedId = m_expectedId->text().trimmed();
    m_inspectSummary->setBundle(r.bundle, options);
    emit inspected(true);
}
