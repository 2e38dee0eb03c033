#pragma once

#include <QMetaType>
#include <QString>

/// Why a link operation failed, mapped once from the layer below into words an operator can act on.
struct LinkError
{
    enum class Code : quint8
    {
        None,
        Timeout,          ///< the module did not answer in time
        ErrorResponse,    ///< the module answered ERROR
        PortClosed,       ///< the port went away (unplugged, peer closed) or was closed
        OpenFailed,       ///< the port could not be opened
        PortBusy,         ///< another program holds the port
        PermissionDenied, ///< the user may not open the port (not in the dialout group)
        ModuleRestarted,  ///< the module rebooted while a command was pending
        Cancelled,        ///< the caller cancelled, or the link was closed on purpose
        ProtocolError,    ///< an answer that makes no sense (bad upload prompt, malformed reply)
        WrongMode,        ///< the operation needs another mode (e.g. data on a channel outside EDM)
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

Q_DECLARE_METATYPE(LinkError)
