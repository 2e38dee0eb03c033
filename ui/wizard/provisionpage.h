#pragma once

#include "provisioning/result.h"
#include "wizard/wizardpage.h"

#include <QPointer>

class DeviceStatusPanel;
class Job;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;

/// Provision: the module's port (and a scanned serial when the ID needs one), Start, the steps as
/// they run, what the station knows about the module, and its log. Keyboard: Enter or F5 starts.
class ProvisionPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit ProvisionPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;
    bool isComplete() const override;
    void cleanupPage() override;
    void initializePage() override;

    QString port() const;
    /// Starts a job on the chosen port (Start, Enter, F5); false with the reason shown when it cannot.
    bool start();
    /// Clears the last run, ready for the next module (the Result page's "Next module").
    void reset();
    /// The last run's result (valid once finished).
    const ResultRow &result() const { return m_result; }
    bool isRunning() const;

protected:
    void load() override;
    void retranslate() override;

private:
    void refreshPorts();
    void onStepStarted(Step step, const QString &message);
    void onStepFinished(const StepResult &step);
    void onFinished();
    void log(const QString &line);
    void setStepText(Step step, const QString &text);

    QLabel *m_portLabel, *m_serialLabel;
    QComboBox *m_port;
    QLineEdit *m_serial;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QListWidget *m_steps;
    QProgressBar *m_progress;
    DeviceStatusPanel *m_status;
    QPlainTextEdit *m_log;
    QLabel *m_stepsCaption, *m_logCaption, *m_statusCaption;
    QLabel *m_startError;
    QPointer<Job> m_job;
    ResultRow m_result;
    bool m_finished = false;
};
