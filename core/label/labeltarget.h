#pragma once

#include "common/expected.h"

#include <QString>

namespace label {

/// Where labels go, written as text in the profile and on the command line:
///   tcp://HOST:PORT   a ZPL printer on raw TCP (port 9100 when none is given)
///   file:PATH         a file per label; PATH ends in .zpl, .pdf or .png and may hold {placeholders}
///   cups:QUEUE        a CUPS printer through QPrinter (the station window only); "cups:" is the default printer
struct LabelTarget
{
    enum class Kind
    {
        Tcp,
        File,
        Cups,
    };
    enum class Format
    {
        Zpl,
        Pdf,
        Png,
    };
    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 9100;
    QString path;  ///< file: the path pattern
    QString queue; ///< cups: the printer name (empty: the default printer)

    /// Parses @p text; the error names what is wrong ("tcp://printer:99999: the port must be 1 to 65535").
    static Expected<LabelTarget, QString> parse(const QString &text);
    /// What the target receives: ZPL for TCP printers; for files, by the suffix; PDF for CUPS.
    Format format() const;
    QString toString() const;
};

} // namespace label
