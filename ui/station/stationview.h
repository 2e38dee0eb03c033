#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class Job;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class Station;
class StationTile;
struct ResultRow;

/// The gang view of a Station (docs/station-view.md): the ports the system offers, from which the
/// engineer adds and removes slots; one tile per slot with the module, the current step, progress,
/// elapsed time and a large PASS / FAIL with the cause and a Retry; Start all / Stop all; auto-start
/// when a module is plugged in. Tiles re-flow into a grid as the view is resized. One QTimer ticks
/// the elapsed time of all running tiles.
class StationView : public QWidget
{
    Q_OBJECT
public:
    explicit StationView(Station *station, QWidget *parent = nullptr);
    ~StationView() override;

    int columnCount() const { return m_columns; }
    /// Lists the system's ports again (also done when the view is shown).
    void refreshPorts();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadSlots();
    void relayout(bool force = false);
    void onJobStarted(Job *job, int slot);
    void onSlotFinished(int slot, const ResultRow &row);
    void addPort(const QString &path);
    void removeSelectedSlot();
    void startAll();
    void tick();
    void updateSummary();
    void updateButtons();
    void say(const QString &message, bool problem = false);

    Station *m_station = nullptr;
    QList<StationTile *> m_tiles;
    QTimer m_ticker;
    int m_columns = 0;

    QPushButton *m_startAll = nullptr;
    QPushButton *m_stopAll = nullptr;
    QCheckBox *m_autoStart = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_portsCaption = nullptr;
    QListWidget *m_ports = nullptr;
    QLineEdit *m_typedPort = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
};
