#pragma once

#include <functional>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class Station;
struct Profile;

/// One page of the provisioning wizard: a thin editor of the station's profile. Its content sits
/// in a scroll area, so a long page never forces the window taller than the screen. Operator mode
/// shows the profile locked; engineer mode edits it. A page lists every problem at once and the
/// wizard shows them next to its Next button.
class ProvisioningPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProvisioningPage(Station *station, QWidget *parent = nullptr);

    /// The page's help text (the wizard's Help button and F1 show it).
    virtual QString helpText() const = 0;
    /// What keeps the page from being complete, one sentence each (empty: complete).
    virtual QStringList problems() const { return {}; }
    bool isComplete() const override { return problems().isEmpty(); }
    void initializePage() override;

protected:
    /// Profile -> widgets; also applies the lock of operator mode.
    virtual void load() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    bool editable() const;
    /// Writes one change into the profile unless the page is loading or locked.
    void edit(const std::function<void(Profile &)> &change);
    /// Makes a line edit read-only and other inputs disabled in operator mode.
    void lock(const QList<QWidget *> &inputs);
    /// Runs load() with edits suppressed and tells the wizard the page may have changed.
    void reload();
    /// Shows the problems in the page's problem label and tells the wizard.
    void showProblems();
    /// The layout inside the scroll area: pages put their widgets here.
    QVBoxLayout *content() const { return m_content; }
    const Profile &profile() const;

    Station *m_station;
    bool m_loading = false;
    QLabel *m_problems = nullptr; ///< red, under the page's fields

private:
    QVBoxLayout *m_content = nullptr;
};

/// Small factories shared by the pages.
namespace wizardui {
QLineEdit *lineEdit(const char *objectName, QWidget *parent);
QLabel *valueLabel(const char *objectName, QWidget *parent);
QLabel *problemLabel(const char *objectName, QWidget *parent);
QPushButton *button(const char *objectName, QWidget *parent);
} // namespace wizardui
