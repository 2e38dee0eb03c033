// Placeholder until the credentials commands land (issue 5): each says so and exits 1.
#include "cli.h"

#include <QCoreApplication>

namespace cli {
namespace {
int pending()
{
    return fail(QCoreApplication::translate("cli", "this command is not available in this build yet"), Failed);
}
} // namespace
int sasCommand(const QStringList &) { return pending(); }
int deriveKeyCommand(const QStringList &) { return pending(); }
int pkiCommand(const QStringList &) { return pending(); }
} // namespace cli
