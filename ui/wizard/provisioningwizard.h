#pragma once

#include "provisioning/resultstore.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

class DeviceStatusPanel;
class Job;
class ProvisioningSession;
class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

/// The operator's main path: a QWizard over one ProvisioningSession (profile + job). The setup pages
/// edit the profile in engineer mode and show it locked (read-only, secrets never shown) in operator
/// mode; Provision runs a real Job; Result shows the verdict and starts the next module.
class ProvisioningWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Page_Hub,
        Page_Certificates,
        Page_Wifi,
        Page_Dps,
        Page_Provision,
        Page_Result
    };
    Q_ENUM(PageId)

    explicit ProvisioningWizard(ProvisioningSession *session, QWidget *parent = nullptr);
    ProvisioningSession *session() const { return m_session; }
    /// Back to Provision with the same settings, ready for the next module.
    void nextModule();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHelp();
    ProvisioningSession *m_session;
};

/// Common base: each page is a thin editor of the session's profile.
class ProvisioningPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProvisioningPage(ProvisioningSession *session, QWidget *parent = nullptr);
    /// The page's help text (the wizard's Help button shows it).
    virtual QString helpText() const = 0;
    void initializePage() override;

protected:
    /// Profile -> widgets; also applies the lock of operator mode.
    virtual void load() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    bool editable() const;
    /// Writes one change into the profile unless the page is loading or locked.
    void edit(const std::function<void(class Profile &)> &change);
    /// Makes a line edit read-only and other inputs disabled in operator mode.
    void lock(const QList<QWidget *> &inputs);

    ProvisioningSession *m_session;
    bool m_loading = false;
};

class HubPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit HubPage(ProvisioningSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QString helpText() const override;
    QStringList problems() const;

protected:
    void load() override;
    void retranslate() override;

private:
    void updateProblems();
    QLabel *m_nameLabel, *m_flowLabel, *m_hubLabel, *m_dpsHostLabel, *m_scopeLabel;
    QLineEdit *m_name;
    QComboBox *m_flow;
    QLineEdit *m_hubHost;
    QLineEdit *m_dpsHost;
    QLineEdit *m_idScope;
    QLabel *m_problems;
    QLabel *m_lockNote;
};

class CertificatesPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit CertificatesPage(ProvisioningSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QString helpText() const override;
    /// Loads the CA from the file named in the CA file field (PEM, DER, PKCS#12 with the password).
    void loadCa();

protected:
    void load() override;
    void retranslate() override;

private:
    void browseCa();
    void generateCa();
    void makeVerificationCertificate();
    void showCa();
    void rebuildTrust();
    void trustChanged();
    void addTrustFile();
    QFileDialog *fileDialog(const QString &objectName, bool save, const QString &filter);

    QLabel *m_policyLabel, *m_caFileLabel, *m_caKeyLabel, *m_passwordLabel, *m_folderLabel, *m_popLabel, *m_trustLabel,
        *m_caHeading, *m_popHeading;
    QComboBox *m_policy;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_caKeyFile;
    QLineEdit *m_password;
    QPushButton *m_load;
    QPushButton *m_generate;
    QLineEdit *m_folder;
    QLabel *m_caInfo;
    QListWidget *m_lint;
    QLineEdit *m_popCode;
    QPushButton *m_popButton;
    QLabel *m_popResult;
    QListWidget *m_trust;
    QLineEdit *m_trustFile;
    QPushButton *m_trustAdd;
    QLabel *m_status;
    bool m_busy = false;
};

class WifiPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit WifiPage(ProvisioningSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

protected:
    void load() override;
    void retranslate() override;

private:
    void checkStored();
    QLabel *m_ssidLabel, *m_securityLabel, *m_passLabel;
    QLineEdit *m_ssid;
    QComboBox *m_security;
    QLineEdit *m_passphrase;
    QLabel *m_passState;
    QCheckBox *m_autoJoin;
    QLabel *m_problems;
    int m_stored = -1; ///< -1 unknown, 0 not stored, 1 stored
};

class DpsPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit DpsPage(ProvisioningSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QString helpText() const override;
    /// The id the template gives for an example module (NINA-W152, MAC D4CA6E0D1234, serial 12345).
    QString exampleId() const;

protected:
    void load() override;
    void retranslate() override;

private:
    void updateExample();
    QLabel *m_templateLabel, *m_exampleCaption, *m_apiLabel, *m_deadlineLabel, *m_pollLabel;
    QLineEdit *m_template;
    QCheckBox *m_lower;
    QLabel *m_example;
    QLabel *m_error;
    QLineEdit *m_apiVersion;
    QSpinBox *m_deadline;
    QSpinBox *m_poll;
};

class ProvisionPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit ProvisionPage(ProvisioningSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    QString helpText() const override;
    void cleanupPage() override;
    /// Clears the last run (the Result page's "Next module").
    void reset();
    QString port() const;

protected:
    void load() override;
    void retranslate() override;

private:
    void updateReadiness();
    void start();
    void onJobStarted(Job *job);
    void onStepStarted(const QString &step, const QString &message);
    void onStepFinished(const StepResult &step);
    void onFinished();
    void log(const QString &line);

    QLabel *m_portLabel;
    QComboBox *m_port;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QLabel *m_problems;
    QListWidget *m_steps;
    QProgressBar *m_progress;
    DeviceStatusPanel *m_status;
    QPlainTextEdit *m_log;
    QLabel *m_stepsCaption, *m_logCaption, *m_statusCaption;
    QPointer<Job> m_job;
    bool m_done = false;
};

class ResultPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit ResultPage(ProvisioningSession *session, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;

protected:
    void load() override;
    void retranslate() override;

private:
    void showResult(const ResultRow &row);
    QLabel *m_verdict;
    QLabel *m_cause;
    QList<QLabel *> m_captions;
    QLabel *m_hub, *m_device, *m_registration, *m_substatus, *m_operation, *m_times, *m_module;
    QPushButton *m_nextModule;
    ResultRow m_row;
};
