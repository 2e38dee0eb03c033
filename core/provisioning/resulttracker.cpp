#include "provisioning/resulttracker.h"

#include "provisioning/job.h"

#include <memory>

ResultTracker::ResultTracker(ResultWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
}

void ResultTracker::track(Job *job, ResultRow started)
{
    if (!m_writer)
        return;
    struct Record
    {
        qint64 id = 0;
        bool idKnown = false;
        std::optional<ResultRow> finished;
    };
    auto record = std::make_shared<Record>();
    ++m_pending;
    started.outcome = QStringLiteral("running");
    if (!started.started.isValid())
        started.started = QDateTime::currentDateTimeUtc();
    QPointer<ResultTracker> self(this);
    m_writer->begin(started, [self, record](qint64 id) {
        record->id = id;
        record->idKnown = true;
        if (!self || !record->finished)
            return;
        if (id > 0 && self->m_writer) {
            record->finished->id = id;
            self->m_writer->finish(*record->finished);
        }
        self->done();
    });
    connect(job, &Job::finished, this, [this, job, record] {
        ResultRow row = job->result();
        if (!record->idKnown) {
            record->finished = row; // the id callback writes it
            return;
        }
        row.id = record->id;
        if (row.id > 0 && m_writer)
            m_writer->finish(row);
        done();
    });
}

void ResultTracker::done()
{
    if (--m_pending == 0)
        emit settled();
}
