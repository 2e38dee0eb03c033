#pragma once

#include "pki/lint.h"
#include "pki/load.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

/// What a credential file holds, for an engineer: per certificate the subject, issuer, validity,
/// key, serial, SHA-1 / SHA-256 fingerprints and the MD5 of the DER (what AT+USECMNG reports), plus
/// the lint findings with their severity. Reusable (certificate tools, the wizard's Certificates page).
class CertificateSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateSummaryWidget(QWidget *parent = nullptr);

    /// Shows @p bundle and lints its certificates (leaf first) with @p options.
    void setBundle(const pki::Bundle &bundle, const pki::LintOptions &options = {});
    void clear();
    const pki::Bundle &bundle() const { return m_bundle; }
    const QList<pki::LintFinding> &findings() const { return m_findings; }

private:
    void showCertificate(int index);

    pki::Bundle m_bundle;
    QList<pki::LintFinding> m_findings;
    QComboBox *m_which = nullptr;
    QLabel *m_contents = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_serial = nullptr;
    QLabel *m_sha1 = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_md5 = nullptr;
    QTreeWidget *m_lint = nullptr;
};
