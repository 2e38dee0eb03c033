#pragma once

#include "wizard/wizardpage.h"

#include <QList>

class QCheckBox;
class QFormLayout;
class QSpinBox;

/// Options: what the job does besides provisioning (test message, cloud-to-device wait, factory
/// reset, keeping the settings, restarting), its deadlines and retries, and the USB filter of
/// auto-start. Every field of the profile has an editor on some page; these are the rest.
class OptionsPage : public ProvisioningPage
{
    Q_OBJECT
public:
    explicit OptionsPage(Station *station, QWidget *parent = nullptr);
    QString helpText() const override;
    QStringList problems() const override;

protected:
    void load() override;
    void retranslate() override;

private:
    using Field = std::function<int &(Profile &)>;
    void addNumber(const char *objectName, int min, int max, Field field);

    QFormLayout *m_form = nullptr;
    QCheckBox *m_hub, *m_telemetry, *m_c2d, *m_reset, *m_persist, *m_reboot;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QLabel *m_timeoutsCaption, *m_retriesCaption;
    struct Number
    {
        QLabel *label;
        QSpinBox *spin;
        Field field;
    };
    QList<Number> m_numbers;
};
