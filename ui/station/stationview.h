#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class Station;
class StationTile;
struct ResultRow;

/// The gang view of a Station (docs/station-view.md): one tile per slot with the module, the
/// current step, progress, elapsed time and a large PASS / FAIL with the cause and a Retry;
/// Start all / Stop all; auto-start when a module is plugged in. Tiles re-flow into a grid as the
/// view is resized. One QTimer ticks the elapsed time of all running tiles.
class StationView : public QWidget
{
    Q_OBJECT
public:
    explicit StationView(Station *station, QWidget *parent = nullptr);
    ~StationView() override;

    /// Rebuilds the tiles after Station::setPorts() changed the slots (done automatically when the
    /// view is shown or Start all is pressed and the slot count changed).
    void reloadSlots();
    int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void relayout(bool force = false);
    void onSlotStarted(int slot);
    void onSlotFinished(int slot, const ResultRow &row);
    void startAll();
    void tick();
    void updateSummary();

    Station *m_station = nullptr;
    QList<StationTile *> m_tiles;
    QTimer m_ticker;
    int m_columns = 0;

    QPushButton *m_startAll = nullptr;
    QPushButton *m_stopAll = nullptr;
    QCheckBox *m_autoStart = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
};
