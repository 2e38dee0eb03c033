#include "link/linkerror.h"

QString LinkError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::ErrorResponse:
        return QStringLiteral("error_response");
    case Code::PortClosed:
        return QStringLiteral("port_closed");
    case Code::OpenFailed:
        return QStringLiteral("open_failed");
    case Code::PortBusy:
        return QStringLiteral("port_busy");
    case Code::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Code::ModuleRestarted:
        return QStringLiteral("module_restarted");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::ProtocolError:
        return QStringLiteral("protocol_error");
    case Code::WrongMode:
        return QStringLiteral("wrong_mode");
    }
    return {};
}
