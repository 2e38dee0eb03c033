#pragma once

#include "label/labeldata.h"
#include "label/labeltemplate.h"

#include <QString>

class QPrinter;

namespace label {
class LabelPrinter;
}

/// Labels on a CUPS printer through QPrinter (QtPrintSupport, so here in ui/ and not in core).
namespace labelui {

/// Paints the label on @p printer, set up for the label's page (size in mm, no margins), scaled
/// from the label's dpi to the printer's resolution. Returns an error sentence, empty when done.
QString paintOnPrinter(QPrinter &printer, const label::LabelTemplate &tpl, const label::LabelData &data);
/// Prints the label on the CUPS queue @p queue (empty: the system's default printer).
QString printToCups(const label::LabelTemplate &tpl, const label::LabelData &data, const QString &queue);
/// Lets @p printer print "cups:QUEUE" targets (printToCups()).
void installCupsHandler(label::LabelPrinter *printer);

} // namespace labelui
