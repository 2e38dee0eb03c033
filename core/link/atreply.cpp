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
    // Keep no secret in memory longer than the exchange: the caller may hold the reply for long.
    if (!m_command.redactedText.isEmpty())
        m_command.text = m_command.redactedText;
    if (m_command.uploadIsSecret)
        m_command.upload.fill('\0');
    m_command.secrets.clear();
    emit finished();
}
