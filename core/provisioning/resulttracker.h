#pragma once

#include "provisioning/resultstore.h"

#include <QObject>
#include <QPointer>

class Job;

/// Records one results-database row per job attempt through a ResultWriter: a "running" row when
/// the job starts, the final row when it finishes. The row is created on the writer's thread, so
/// the job may finish before its id is known; whichever happens second writes the final row.
/// pending() counts attempts whose final row has not been handed to the writer yet; settled() is
/// emitted when it drops to zero (wait for it before flushing at exit).
class ResultTracker : public QObject
{
    Q_OBJECT
public:
    explicit ResultTracker(ResultWriter *writer, QObject *parent = nullptr);

    /// Call before job->start(). @p started carries the station, operator, port, slot and profile.
    void track(Job *job, ResultRow started);
    int pending() const { return m_pending; }
    ResultWriter *writer() const { return m_writer; }

signals:
    void settled();

private:
    void done();

    QPointer<ResultWriter> m_writer;
    int m_pending = 0;
};
