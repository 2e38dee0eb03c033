#pragma once

#include <QWizard>

class ProvisionPage;
class ResultPage;
class Station;

/// The operator's main path, over the Station: Azure, Certificates, Wi-Fi, Identity, Options (the
/// engineer's profile, locked in operator mode), then Provision and Result. Operator mode starts at
/// Provision. Keyboard: Enter takes the page's main action (Next, Start, Next module or Retry), F5
/// starts, F1 shows the page's help.
class ProvisioningWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Page_Hub,
        Page_Certificates,
        Page_Wifi,
        Page_Identity,
        Page_Options,
        Page_Provision,
        Page_Result
    };
    Q_ENUM(PageId)

    explicit ProvisioningWizard(Station *station, QWidget *parent = nullptr);
    Station *station() const { return m_station; }
    ProvisionPage *provisionPage() const;
    ResultPage *resultPage() const;
    /// Back to Provision with the same settings, ready for the next module.
    void nextModule();
    /// Back to Provision and start again on the same port.
    void retry();
    /// Restarts at the first page of the current mode.
    void restartForMode();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslate();
    void showHelp();
    void explainNext();

    Station *m_station;
};
