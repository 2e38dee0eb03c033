#pragma once

#include "link/transport.h"

#include <QList>
#include <QTimer>

/// A scripted transport for link tests. Writes are recorded; the test feeds the module's side.
/// Optional rules answer a written chunk automatically (a module that always answers AT with OK).
/// unplug() behaves like a cable pulled out: lost() once, further writes fail.
class FakeTransport final : public Transport
{
    Q_OBJECT
public:
    struct Rule
    {
        QByteArray when;   ///< an exact written chunk
        QByteArray answer; ///< fed back on the next event-loop turn
        bool once = false;
    };

    using Transport::Transport;

    LinkError open() override
    {
        if (!m_openError.message.isEmpty())
            return m_openError;
        m_open = true;
        return {};
    }
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    bool write(const QByteArray &bytes) override
    {
        if (!m_open)
            return false;
        m_written.append(bytes);
        m_chunks.append(bytes);
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            if (m_rules[i].when == bytes) {
                const QByteArray answer = m_rules[i].answer;
                if (m_rules[i].once)
                    m_rules.removeAt(i);
                QTimer::singleShot(0, this, [this, answer] { feed(answer); });
                break;
            }
        }
        return true;
    }
    QString name() const override { return QStringLiteral("fake"); }

    void feed(const QByteArray &bytes)
    {
        if (m_open)
            emit received(bytes);
    }
    void unplug()
    {
        m_open = false;
        emit lost({LinkError::Code::PortClosed, QStringLiteral("the module on fake went away")});
    }
    void answer(QByteArray when, QByteArray answer, bool once = false)
    {
        m_rules.append({std::move(when), std::move(answer), once});
    }
    void failOpenWith(LinkError error) { m_openError = std::move(error); }
    /// Everything written since the last call.
    QByteArray takeWritten() { return std::exchange(m_written, {}); }
    const QList<QByteArray> &chunks() const { return m_chunks; }

private:
    bool m_open = false;
    LinkError m_openError;
    QByteArray m_written;
    QList<QByteArray> m_chunks;
    QList<Rule> m_rules;
};
