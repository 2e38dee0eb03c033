#include "certs/certificatesummarywidget.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString hex(const QByteArray &digest)
{
    return pki::fingerprintText(digest);
}

QString severityText(pki::Severity s)
{
    switch (s) {
    case pki::Severity::Error:
        return CertificateSummaryWidget::tr("Error");
    case pki::Severity::Warning:
        return CertificateSummaryWidget::tr("Warning");
    case pki::Severity::Info:
        break;
    }
    return CertificateSummaryWidget::tr("Info");
}

} // namespace

CertificateSummaryWidget::CertificateSummaryWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_contents = new QLabel(this);
    m_contents->setObjectName(QStringLiteral("contentsLabel"));
    m_contents->setWordWrap(true);
    layout->addWidget(m_contents);

    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("certificateCombo"));
    m_which->setAccessibleName(tr("Certificate in the file"));
    layout->addWidget(m_which);
    connect(m_which, &QComboBox::currentIndexChanged, this, &CertificateSummaryWidget::showCertificate);

    auto *form = new QFormLayout;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto value = [&](const char *name, const QString &label, bool fixed = false) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setWordWrap(true);
        if (fixed)
            l->setFont(mono);
        form->addRow(label, l);
        return l;
    };
    m_subject = value("subjectValue", tr("Subject:"));
    m_issuer = value("issuerValue", tr("Issuer:"));
    m_validity = value("validityValue", tr("Valid:"));
    m_key = value("keyValue", tr("Key:"));
    m_serial = value("serialValue", tr("Serial:"), true);
    m_sha1 = value("sha1Value", tr("SHA-1:"), true);
    m_sha256 = value("sha256Value", tr("SHA-256:"), true);
    m_md5 = value("md5Value", tr("MD5 (module):"), true);
    m_md5->setToolTip(tr("MD5 of the DER encoding: what the module reports after AT+USECMNG"));
    layout->addLayout(form);

    m_lint = new QTreeWidget(this);
    m_lint->setObjectName(QStringLiteral("lintList"));
    m_lint->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Code")});
    m_lint->setRootIsDecorated(false);
    m_lint->setAccessibleName(tr("Lint findings"));
    layout->addWidget(m_lint, 1);
    clear();
}

void CertificateSummaryWidget::clear()
{
    m_bundle = {};
    m_findings.clear();
    m_contents->setText(tr("Nothing loaded."));
    m_which->clear();
    m_which->hide();
    m_lint->clear();
    for (QLabel *l : {m_subject, m_issuer, m_validity, m_key, m_serial, m_sha1, m_sha256, m_md5})
        l->clear();
}

void CertificateSummaryWidget::setBundle(const pki::Bundle &bundle, const pki::LintOptions &options)
{
    clear();
    m_bundle = bundle;
    QStringList parts;
    if (!bundle.certificates.isEmpty())
        parts << tr("%n certificate(s)", nullptr, int(bundle.certificates.size()));
    if (!bundle.key.isNull())
        parts << (bundle.key.hasPrivateKey() ? tr("a private key (%1)") : tr("a public key (%1)"))
                     .arg(bundle.key.description());
    if (!bundle.requests.isEmpty())
        parts << tr("%n signing request(s)", nullptr, int(bundle.requests.size()));
    QString contents =
        tr("%1 file with %2")
            .arg(pki::formatName(bundle.format), parts.isEmpty() ? tr("nothing usable") : parts.join(tr(", ")));
    if (!bundle.key.isNull() && bundle.key.hasPrivateKey() && !bundle.certificates.isEmpty())
        contents += bundle.certificates.front().matches(bundle.key)
                        ? tr("; the key belongs to the first certificate")
                        : tr("; the key does NOT belong to the first certificate");
    m_contents->setText(contents);

    for (int i = 0; i < bundle.certificates.size(); ++i)
        m_which->addItem(tr("%1: %2").arg(i + 1).arg(bundle.certificates[i].subjectCommonName()));
    m_which->setVisible(bundle.certificates.size() > 1);
    if (!bundle.certificates.isEmpty()) {
        showCertificate(0);
        pki::LintOptions o = options;
        if (o.pemText.isEmpty() && bundle.format == pki::Bundle::Format::Pem)
            o.pemText = bundle.pemText;
        if (o.privateKey.isNull() && !bundle.key.isNull()) {
            o.privateKey = bundle.key;
            o.privateKeyEncrypted = bundle.keyEncrypted;
        }
        m_findings = pki::lint(bundle.certificates, o);
    } else if (!bundle.key.isNull()) {
        m_key->setText(bundle.key.description());
    } else if (!bundle.requests.isEmpty()) {
        const pki::Csr &csr = bundle.requests.front();
        m_subject->setText(tr("CN=%1 (request)").arg(csr.subjectCommonName()));
        m_key->setText(csr.publicKey().description());
    }

    const QStyle *s = style();
    for (const pki::LintFinding &f : std::as_const(m_findings)) {
        auto *item = new QTreeWidgetItem(m_lint, {severityText(f.severity), f.message, f.code});
        const QStyle::StandardPixmap icon = f.severity == pki::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : f.severity == pki::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                   : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, s->standardIcon(icon));
        item->setToolTip(1, f.message);
    }
    if (m_findings.isEmpty() && !bundle.certificates.isEmpty())
        new QTreeWidgetItem(m_lint, {tr("OK"), tr("No findings."), QString()});
    m_lint->resizeColumnToContents(0);
}

void CertificateSummaryWidget::showCertificate(int index)
{
    if (index < 0 || index >= m_bundle.certificates.size())
        return;
    const pki::Certificate &c = m_bundle.certificates[index];
    QStringList flags;
    if (c.isCa())
        flags << tr("CA");
    if (c.isSelfSigned())
        flags << tr("self-signed");
    if (c.hasClientAuth())
        flags << tr("client authentication");
    m_subject->setText(flags.isEmpty() ? c.subject() : tr("%1 (%2)").arg(c.subject(), flags.join(tr(", "))));
    m_issuer->setText(c.issuer());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString state = c.notAfter() < now    ? tr("EXPIRED")
                          : c.notBefore() > now ? tr("NOT YET VALID")
                                                : tr("valid now");
    m_validity->setText(tr("%1 to %2 UTC (%3)")
                            .arg(c.notBefore().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 c.notAfter().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), state));
    m_key->setText(tr("%1, signature %2").arg(c.publicKey().description(), c.signatureAlgorithm()));
    m_serial->setText(c.serialNumberHex());
    m_sha1->setText(hex(c.sha1()));
    m_sha256->setText(hex(c.sha256()));
    m_md5->setText(c.moduleMd5());
}
