#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace uxsim {

/// What a host that died mid-conversation leaves behind, as the bytes it had sent (docs/uxsim.md
/// "A crashed host's leftovers"). uxsim feeds them to a freshly booted module before it announces
/// its port, so the next host finds the module exactly as a crash leaves it.
namespace crashedhost {

/// The kinds --crashed-host accepts: answer, upload, edm, data.
QStringList kinds();
/// The bytes for @p steps in order ("edm" then "upload": an upload inside EDM); empty with
/// @p error set when the steps make no sense together.
QByteArray prelude(const QStringList &steps, QString *error);
/// The certificate the answer/upload steps send (a self-signed P-256 test certificate).
QByteArray certificate();
/// MD5 over its DER, upper-case hex (what the module answers to the complete upload).
QByteArray certificateMd5();

} // namespace crashedhost
} // namespace uxsim
