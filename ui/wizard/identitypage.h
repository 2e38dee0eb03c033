#pragma once

#include "wizard/wizardpage.h"

class QCheckBox;
class QFormLayout;
class QSpinBox;

/// Device identity and DPS: how each module's id is made (with an example), the DPS API version,
/// the polling deadline and interval.
class IdentityPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit IdentityPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;
    /// The id the template gives an example module (NINA-W152, MAC D4CA6E0D1234, serial 12345).
    QString exampleId() const;

protected:
    void load() override;
    void retranslate() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_templateLabel, *m_exampleCaption, *m_apiLabel, *m_deadlineLabel, *m_pollLabel;
    QLineEdit *m_template;
    QCheckBox *m_lower;
    QLabel *m_example;
    QLineEdit *m_apiVersion;
    QSpinBox *m_deadline;
    QSpinBox *m_poll;
};
