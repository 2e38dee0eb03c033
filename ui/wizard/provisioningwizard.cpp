#include "wizard/provisioningwizard.h"

#include "provisioning/station.h"
#include "wizard/certificatespage.h"
#include "wizard/hubpage.h"
#include "wizard/identitypage.h"
#include "wizard/optionspage.h"
#include "wizard/provisionpage.h"
#include "wizard/resultpage.h"
#include "wizard/wifipage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QShortcut>

ProvisioningWizard::ProvisioningWizard(Station *station, QWidget *parent)
    : QWizard(parent)
    , m_station(station)
{
    setObjectName(QStringLiteral("provisioningWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    // No default button: Enter is ours (keyPressEvent), so it starts a run on Provision instead of
    // pressing a disabled Next. No Finish button: the result page has its own ways on.
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButton |
               QWizard::NoDefaultButton);
    setButtonLayout({QWizard::HelpButton, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton});
    setPage(Page_Hub, new HubPage(station, this));
    setPage(Page_Certificates, new CertificatesPage(station, this));
    setPage(Page_Wifi, new WifiPage(station, this));
    setPage(Page_Identity, new IdentityPage(station, this));
    setPage(Page_Options, new OptionsPage(station, this));
    setPage(Page_Provision, new ProvisionPage(station, this));
    setPage(Page_Result, new ResultPage(station, this));
    const QStringList names{QStringLiteral("hubPage"),     QStringLiteral("certificatesPage"),
                            QStringLiteral("wifiPage"),    QStringLiteral("identityPage"),
                            QStringLiteral("optionsPage"), QStringLiteral("provisionPage"),
                            QStringLiteral("resultPage")};
    for (int id = 0; id < names.size(); ++id)
        page(id)->setObjectName(names[id]);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::HelpButton)->setObjectName(QStringLiteral("wizardHelp"));
    connect(this, &QWizard::helpRequested, this, &ProvisioningWizard::showHelp);
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    help->setContext(Qt::WidgetWithChildrenShortcut);
    connect(help, &QShortcut::activated, this, &ProvisioningWizard::showHelp);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] {
        if (currentId() == Page_Provision)
            provisionPage()->start();
    });
    connect(resultPage(), &ResultPage::nextModuleRequested, this, &ProvisioningWizard::nextModule);
    connect(resultPage(), &ResultPage::retryRequested, this, &ProvisioningWizard::retry);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == Page_Result)
            resultPage()->showResult(provisionPage()->result());
        explainNext();
        if (isVisible() && currentPage())
            currentPage()->setFocus(Qt::OtherFocusReason);
    });
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &ProvisioningWizard::explainNext);
    // A replaced profile (opened file) or a mode switch restarts at the first page of the mode.
    connect(station, &Station::profileReplaced, this, &ProvisioningWizard::restartForMode);
    connect(station, &Station::engineerModeChanged, this, &ProvisioningWizard::restartForMode);
    retranslate();
    restartForMode();
}

ProvisionPage *ProvisioningWizard::provisionPage() const
{
    return static_cast<ProvisionPage *>(page(Page_Provision));
}

ResultPage *ProvisioningWizard::resultPage() const
{
    return static_cast<ResultPage *>(page(Page_Result));
}

void ProvisioningWizard::restartForMode()
{
    if (provisionPage()->isRunning())
        return;
    // The operator's job is to provision: the locked settings are one Back away.
    setStartId(m_station->isEngineerMode() ? Page_Hub : Page_Provision);
    restart();
}

bool ProvisioningWizard::focusNextPrevChild(bool next)
{
    // QWizard hides its page area for a moment whenever a page says its completeness may have
    // changed (an anti-flicker trick in _q_updateButtonStates, with updates disabled). Hiding the
    // area that holds the focus asks for the next focus widget: embedded in the main window that is
    // the tab bar, so every keystroke after the first went there. While updates are off, the focus
    // stays where the user is typing.
    if (!updatesEnabled())
        return true;
    return QWizard::focusNextPrevChild(next);
}

void ProvisioningWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // The keyboard starts where the work is (the port on Provision, the first field elsewhere),
    // not on the window's tab bar.
    if (QWidget *page = currentPage())
        page->setFocus(Qt::OtherFocusReason);
}

void ProvisioningWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QWizard::keyPressEvent(event);
        return;
    }
    // Enter takes the page's main action; a focused button takes its own (Qt handles that first).
    switch (currentId()) {
    case Page_Provision:
        provisionPage()->start();
        break;
    case Page_Result:
        resultPage()->activateDefault();
        break;
    default:
        if (button(QWizard::NextButton)->isEnabled())
            next();
        else
            explainNext();
        break;
    }
    event->accept();
}

void ProvisioningWizard::explainNext()
{
    // A disabled Next says why.
    auto *p = qobject_cast<ProvisioningPage *>(currentPage());
    if (!p)
        return;
    const QStringList why = currentId() == Page_Provision ? QStringList{tr("Press Start first.")} : p->problems();
    button(QWizard::NextButton)->setToolTip(why.join(u'\n'));
}

void ProvisioningWizard::nextModule()
{
    if (currentId() != Page_Result)
        return;
    back();
    provisionPage()->reset();
}

void ProvisioningWizard::retry()
{
    if (currentId() != Page_Result)
        return;
    back();
    provisionPage()->reset();
    provisionPage()->start();
}

void ProvisioningWizard::retranslate()
{
    setWindowTitle(tr("Provision a module"));
    // QWizard does not retranslate its own buttons on a language change: set Qt's own texts again
    // (translated by qtbase_<lang>.qm; passed through a variable so lupdate leaves them to Qt).
    const auto qt = [](const char *text) { return QWizard::tr(text); };
    setButtonText(QWizard::NextButton, qt("&Next >"));
    setButtonText(QWizard::BackButton, qt("< &Back"));
    // No mnemonic: Alt+H belongs to the Help menu; F1 shows the page's help.
    setButtonText(QWizard::HelpButton, tr("Page help (F1)"));
}

void ProvisioningWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ProvisioningWizard::showHelp()
{
    auto *p = qobject_cast<ProvisioningPage *>(currentPage());
    if (!p)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, p->title(), p->helpText(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("wizardHelpBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}
