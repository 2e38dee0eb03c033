#pragma once

#include "module/capabilities.h"
#include "provisioning/resultstore.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>

class Job;
class QLabel;
class QProgressBar;
class QPushButton;

/// One slot of the station view: port, module, current step, progress, elapsed time and a large
/// verdict. The verdict is a word (PASS / FAIL) with a symbol, so it reads without colour.
class StationTile : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Absent,
        Idle,
        Running,
        Pass,
        Fail
    };

    explicit StationTile(int slot, const QString &port, QWidget *parent = nullptr);

    int slot() const { return m_slot; }
    State state() const { return m_state; }

    void setPresent(bool present);
    /// Follows @p job until it finishes (the tile does not own it).
    void attach(Job *job);
    void showResult(const ResultRow &row);
    /// Updates the elapsed-time label; the view's single timer calls this for running tiles.
    void tick();
    /// A sentence every tile shows while it holds (issue 16: the results server is away); "" hides it.
    void setNotice(const QString &text);

signals:
    void retryRequested(int slot);
    void stopRequested(int slot);

private:
    void setState(State state);
    void showModule(const ModuleInfo &module);
    static QString elapsedText(qint64 ms);

    int m_slot = 0;
    State m_state = State::Idle;
    bool m_present = false;
    QPointer<Job> m_job;
    QElapsedTimer m_clock;
    qint64 m_finalMs = -1;

    QLabel *m_port = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_firmware = nullptr;
    QLabel *m_mac = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_stop = nullptr;
};
