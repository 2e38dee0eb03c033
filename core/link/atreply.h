#pragma once

#include "at/atparser.h"
#include "link/atcommand.h"
#include "link/linkerror.h"

#include <QObject>

class ModuleLink;

/// The answer to one queued operation. Emits finished() exactly once, always from the event
/// loop (never inside the call that created the reply); the link owns it until the
/// caller takes it (deleteLater() after finished is the caller's job; the link deletes what is
/// left when it is destroyed). Only ModuleLink can change it.
class AtReply : public QObject
{
    Q_OBJECT
public:
    const AtCommand &command() const { return m_command; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const LinkError &error() const { return m_error; }
    /// Information lines of the answer ("+UDCP:2", "\"NINA-W152\""), in order.
    const QList<QByteArray> &lines() const { return m_lines; }
    /// The first information line starting with @p prefix, or the first line for an empty prefix.
    QByteArray line(QByteArrayView prefix = {}) const;
    /// Milliseconds from sending to the final result.
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void finished();

private:
    friend class ModuleLink;
    explicit AtReply(AtCommand command, QObject *parent)
        : QObject(parent)
        , m_command(std::move(command))
    {
    }
    void finish(LinkError error = {});

    AtCommand m_command;
    QList<QByteArray> m_lines;
    LinkError m_error;
    bool m_finished = false;
    qint64 m_elapsedMs = 0;
};
