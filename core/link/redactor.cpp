#include "link/redactor.h"

void StreamRedactor::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void StreamRedactor::clear()
{
    for (QByteArray &s : m_secrets)
        s.fill('\0');
    m_secrets.clear();
    m_pending.clear();
}

bool StreamRedactor::mask(QByteArray &text) const
{
    bool changed = false;
    for (const QByteArray &secret : m_secrets) {
        if (text.contains(secret)) {
            text.replace(secret, kMask.toByteArray());
            changed = true;
        }
    }
    return changed;
}

QByteArray StreamRedactor::feed(QByteArrayView bytes)
{
    QByteArray buffer = m_pending + bytes.toByteArray();
    m_pending.clear();
    mask(buffer);
    // Hold back the longest tail that is the beginning of a secret: the next read may finish it.
    qsizetype hold = 0;
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        for (qsizetype n = qMin(buffer.size(), secret.size() - 1); n > hold; --n) {
            if (QByteArrayView(buffer).last(n) == QByteArrayView(secret).first(n)) {
                hold = n;
                break;
            }
        }
    }
    m_pending = buffer.right(hold);
    buffer.chop(hold);
    return buffer;
}

QByteArray StreamRedactor::flush()
{
    // What is held back is the start of a secret: never show it, not even when the stream ends.
    return std::exchange(m_pending, {}).isEmpty() ? QByteArray() : kMask.toByteArray();
}
