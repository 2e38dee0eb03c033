#include "wizard/wizardpage.h"

#include "provisioning/station.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wizardui {

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setClearButtonEnabled(true);
    return e;
}

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QLabel *problemLabel(const char *objectName, QWidget *parent)
{
    QLabel *l = valueLabel(objectName, parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

QPushButton *button(const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

} // namespace wizardui

ProvisioningPage::ProvisioningPage(Station *station, QWidget *parent)
    : QWizardPage(parent)
    , m_station(station)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    m_problems = wizardui::problemLabel("pageProblems", inner);
    connect(station, &Station::profileReplaced, this, &ProvisioningPage::reload);
    connect(station, &Station::engineerModeChanged, this, &ProvisioningPage::reload);
}

void ProvisioningPage::initializePage()
{
    reload();
}

void ProvisioningPage::reload()
{
    m_loading = true;
    load();
    m_loading = false;
    showProblems();
}

void ProvisioningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showProblems();
    }
    QWizardPage::changeEvent(event);
}

bool ProvisioningPage::editable() const
{
    return m_station->isEngineerMode();
}

const Profile &ProvisioningPage::profile() const
{
    return m_station->profile();
}

void ProvisioningPage::edit(const std::function<void(Profile &)> &change)
{
    if (m_loading || !editable())
        return;
    m_station->editProfile(change);
    showProblems();
}

void ProvisioningPage::showProblems()
{
    m_problems->setText(problems().join(u'\n'));
    emit completeChanged();
}

void ProvisioningPage::lock(const QList<QWidget *> &inputs)
{
    const bool on = editable();
    for (QWidget *w : inputs) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(!on);
        else
            w->setEnabled(on);
    }
}
