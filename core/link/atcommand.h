#pragma once

#include <chrono>
#include <QByteArray>
#include <QList>
#include <QString>

/// One AT command as the link sends it.
struct AtCommand
{
    QByteArray text; ///< without terminator: "AT+GMM"
    QString name;    ///< what it is for, shown in errors and the traffic log ("identify model")
    std::chrono::milliseconds timeout{3000};
    /// Bytes sent after the module's '>' prompt (AT+USECMNG import). The command text must
    /// announce exactly this many bytes.
    QByteArray upload;
    /// What the traffic log shows instead of @c text when the command carries a secret
    /// ("AT+UWSC=0,8,********"). Empty: the text is not secret.
    QByteArray redactedText;
    bool uploadIsSecret = false; ///< the upload is a private key: never shown
    /// The secret values inside @c text (a passphrase, a token): masked wherever the module sends
    /// them back (the echo). Derived from @c redactedText when empty.
    QList<QByteArray> secrets;
    /// The module restarts after OK (AT+CPWROFF): the link waits for +STARTUP / the start event.
    bool restartsModule = false;
    /// The information line that answers this command ("+UMLA:"). When set, a final OK that comes
    /// before such a line is output left over from an earlier exchange and does not finish the
    /// command; when the module echoes commands, lines before the echo are ignored the same way.
    QByteArray answerPrefix;

    static AtCommand make(QByteArray text, QString name = {},
                          std::chrono::milliseconds timeout = std::chrono::milliseconds(3000))
    {
        AtCommand c;
        c.text = std::move(text);
        c.name = std::move(name);
        c.timeout = timeout;
        return c;
    }
};
