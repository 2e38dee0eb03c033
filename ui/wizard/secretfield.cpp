#include "wizard/secretfield.h"

#include "provisioning/secretstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

SecretField::SecretField(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName + QStringLiteral("Field"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    setFocusProxy(m_edit);
    m_show = new QToolButton(this);
    m_show->setObjectName(objectName + QStringLiteral("Show"));
    m_show->setCheckable(true);
    m_state = new QLabel(this);
    m_state->setObjectName(objectName + QStringLiteral("State"));
    m_state->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    connect(m_show, &QToolButton::toggled, this,
            [this](bool on) { m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::changed);
    retranslate();
}

void SecretField::retranslate()
{
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show what you typed (never the stored value)"));
    showState();
}

void SecretField::setSecret(SecretStore *store, const QString &name)
{
    m_store = store;
    m_name = name;
    m_stored = -1;
    refresh();
}

void SecretField::refresh()
{
    showState();
    if (!m_store || m_name.isEmpty())
        return;
    SecretJob *job = m_store->read(m_name);
    QPointer<SecretField> self(this);
    const QString name = m_name;
    connect(job, &SecretJob::finished, this, [self, job, name] {
        job->deleteLater();
        if (!self || self->m_name != name)
            return;
        self->m_stored = job->isOk() && !job->value().isEmpty() ? 1 : 0;
        self->showState();
        emit self->changed();
    });
}

void SecretField::showState(const QString &error)
{
    if (!error.isEmpty()) {
        m_state->setText(error);
        return;
    }
    if (!m_store)
        m_state->setText(tr("There is no secret store: the value cannot be kept."));
    else if (m_stored == 1)
        m_state->setText(tr("Stored in %1 as \"%2\"; type to replace it.").arg(m_store->describe(), m_name));
    else if (m_stored == 0)
        m_state->setText(tr("Not stored yet (%1 as \"%2\").").arg(m_store->describe(), m_name));
    else
        m_state->setText(tr("Checking %1…").arg(m_store->describe()));
}

QString SecretField::problem() const
{
    if (!hasTyped() || !m_validator)
        return {};
    return m_validator(m_edit->text());
}

bool SecretField::hasTyped() const
{
    return !m_edit->text().isEmpty();
}

SecretJob *SecretField::commit()
{
    if (!hasTyped() || !m_store || m_name.isEmpty())
        return nullptr;
    SecretJob *job = m_store->write(m_name, m_edit->text().toUtf8());
    m_edit->clear();
    QPointer<SecretField> self(this);
    connect(job, &SecretJob::finished, this, [self, job] {
        job->deleteLater();
        if (!self)
            return;
        if (!job->isOk()) {
            self->showState(tr("The secret store did not keep it: %1").arg(job->errorString()));
            return;
        }
        self->m_stored = 1;
        self->showState();
        emit self->changed();
    });
    return job;
}
