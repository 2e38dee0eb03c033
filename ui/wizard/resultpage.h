#pragma once

#include "provisioning/result.h"
#include "wizard/wizardpage.h"

/// Result: a full-width PASS or FAIL banner, the cause in words, the assignment, and the way on:
/// Next module after PASS, Retry (or Next module) after FAIL. Enter takes the first.
class ResultPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit ResultPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    void initializePage() override;
    void showResult(const ResultRow &row);
    /// What Enter does here: Retry after a failure, Next module after a pass.
    void activateDefault();

signals:
    void nextModuleRequested();
    void retryRequested();

protected:
    void load() override {}
    void retranslate() override;

private:
    QLabel *m_banner;
    QLabel *m_cause;
    QList<QLabel *> m_captions;
    QLabel *m_hub, *m_device, *m_registration, *m_substatus, *m_operation, *m_times, *m_module;
    QPushButton *m_nextModule;
    QPushButton *m_retry;
    ResultRow m_row;
};
