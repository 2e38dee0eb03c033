#include "link/atreply.h"

QByteArray AtReply::line(QByteArrayView prefix) const
{
    for (const QByteArray &l : m_lines) {
        if (prefix.isEmpty() || l.startsWith(prefix))
            return l;
    }
    return {};
}

void AtReply::finish(LinkError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}
