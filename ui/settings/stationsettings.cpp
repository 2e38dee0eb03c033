#include "settings/stationsettings.h"

#include "provisioning/resultsurl.h"
#include "provisioning/station.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {
QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}
} // namespace

StationSettingsDialog::StationSettingsDialog(Station *station, QWidget *parent)
    : QDialog(parent)
    , m_station(station)
{
    setObjectName(QStringLiteral("stationSettingsDialog"));
    setWindowTitle(tr("Station and results"));
    const QSettings settings;
    m_results = lineEdit("resultsUrlEdit", this);
    m_results->setText(settings.value(QStringLiteral("results/url")).toString());
    m_results->setPlaceholderText(tr("empty: this user's results.sqlite; or a file, or postgresql://user@host/db"));
    m_stationId = lineEdit("stationIdEdit", this);
    m_stationId->setText(settings.value(QStringLiteral("station/id")).toString());
    m_stationId->setPlaceholderText(tr("empty: the computer's name (%1)").arg(QSysInfo::machineHostName()));
    m_lineId = lineEdit("lineIdEdit", this);
    m_lineId->setText(settings.value(QStringLiteral("station/line")).toString());
    m_lineId->setPlaceholderText(tr("empty: not part of a line"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    row(tr("&Results database:"), m_results);
    row(tr("Station &ID:"), m_stationId);
    row(tr("&Line ID:"), m_lineId);

    auto *help = new QLabel(tr("A PostgreSQL password never goes into the URL: keep it in the secret store as "
                               "\"%1\" (provstation-cli results --secret) or in ~/.pgpass.")
                                .arg(QLatin1String(ResultsUrl::kPasswordSecret)),
                            this);
    help->setWordWrap(true);
    QStringList overridden;
    for (const char *variable : {"PROVSTATION_RESULTS", "PROVSTATION_STATION_ID", "PROVSTATION_LINE_ID"})
        if (!qEnvironmentVariable(variable).trimmed().isEmpty())
            overridden << QLatin1String(variable);
    m_overrides = new QLabel(
        tr("Set in the environment, and used instead of these settings: %1").arg(overridden.join(QStringLiteral(", "))),
        this);
    m_overrides->setObjectName(QStringLiteral("stationSettingsOverrides"));
    m_overrides->setWordWrap(true);
    m_overrides->setVisible(!overridden.isEmpty());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stationSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stationSettingsOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_overrides);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_results, m_stationId, m_lineId})
        connect(e, &QLineEdit::textChanged, this, &StationSettingsDialog::check);
    check();
    resize(qMax(sizeHint().width(), 640), sizeHint().height());
}

QStringList StationSettingsDialog::problems() const
{
    QStringList out;
    const QString results = m_results->text().trimmed();
    if (!results.isEmpty()) {
        const auto url = ResultsUrl::parse(results);
        if (!url)
            out << tr("Results database: %1").arg(url.error());
        else if (url->passwordInUrl)
            out << tr("Results database: remove the password from the URL; keep it as the secret \"%1\" or in "
                      "~/.pgpass")
                       .arg(QLatin1String(ResultsUrl::kPasswordSecret));
    }
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9._-]{0,64}$"));
    if (!id.match(m_stationId->text().trimmed()).hasMatch())
        out << tr("Station ID: letters, digits, '.', '_' and '-' only, at most 64");
    if (!id.match(m_lineId->text().trimmed()).hasMatch())
        out << tr("Line ID: letters, digits, '.', '_' and '-' only, at most 64");
    return out;
}

void StationSettingsDialog::check()
{
    const QStringList p = problems();
    m_error->setText(p.join(u'\n'));
    m_error->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void StationSettingsDialog::accept()
{
    if (!problems().isEmpty())
        return;
    if (m_station->isBusy()) {
        m_error->setText(tr("Modules are being provisioned: stop them or let them finish, then apply."));
        m_error->setVisible(true);
        return;
    }
    QSettings settings;
    const auto store = [&settings](const QString &key, QLineEdit *edit) {
        const QString value = edit->text().trimmed();
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    store(QStringLiteral("results/url"), m_results);
    store(QStringLiteral("station/id"), m_stationId);
    store(QStringLiteral("station/line"), m_lineId);
    settings.sync();
    m_station->setStationName(Station::stationIdFor({}));
    m_station->setLineId(Station::lineIdFor({}));
    m_station->openResults({});
    QDialog::accept();
}
