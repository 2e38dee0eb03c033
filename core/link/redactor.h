#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// Masks secrets in a byte stream that arrives in pieces: a secret split across any number of
/// reads is still found, because bytes that could be the start of a secret are held back until the
/// next piece decides. Used where the link logs raw reads (station.link.hex); the traffic records
/// are built from whole lines and frames and masked with mask().
class StreamRedactor
{
public:
    static constexpr QByteArrayView kMask = "********";

    void addSecret(const QByteArray &secret);
    void clear();
    bool isEmpty() const { return m_secrets.isEmpty(); }

    /// The part of pending + @p bytes that can be shown now, secrets replaced by kMask.
    QByteArray feed(QByteArrayView bytes);
    /// Whatever is held back (masked), e.g. when the port closes.
    QByteArray flush();

    /// Replaces every whole secret in @p text; true when something was replaced.
    bool mask(QByteArray &text) const;

private:
    QList<QByteArray> m_secrets;
    QByteArray m_pending;
};
