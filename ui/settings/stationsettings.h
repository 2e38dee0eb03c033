#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Station;

/// Settings > Station and results (engineer mode): where results go (a SQLite file or a
/// PostgreSQL URL shared by the line), this station's ID and its line's ID. Kept in QSettings
/// ("results/url", "station/id", "station/line"), which the environment variables
/// PROVSTATION_RESULTS, PROVSTATION_STATION_ID and PROVSTATION_LINE_ID override. Every problem is
/// listed at once and keeps OK disabled; a password in the URL is refused (the secret store or
/// ~/.pgpass holds it). OK applies to the station at once when no job runs.
class StationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StationSettingsDialog(Station *station, QWidget *parent = nullptr);

    void accept() override;

private:
    QStringList problems() const;
    void check();

    Station *m_station;
    QLineEdit *m_results;
    QLineEdit *m_stationId;
    QLineEdit *m_lineId;
    QLabel *m_overrides;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
