#include "labels/cupsprinting.h"

#include "label/labelprinter.h"
#include "label/labelrenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace labelui {

QString paintOnPrinter(QPrinter &printer, const label::LabelTemplate &tpl, const label::LabelData &data)
{
    const auto layout = label::LabelRenderer::make(tpl, data);
    if (!layout)
        return layout.error();
    printer.setPageSize(
        QPageSize(QSizeF(tpl.widthMm, tpl.heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setFullPage(true);
    printer.setDocName(data.deviceId);
    QPainter painter;
    if (!painter.begin(&printer))
        return QCoreApplication::translate("labelui", "the printer %1 cannot print now").arg(printer.printerName());
    const qreal scale = qreal(printer.resolution()) / layout->dpi();
    painter.scale(scale, scale);
    layout->paint(painter);
    painter.end();
    return {};
}

QString printToCups(const label::LabelTemplate &tpl, const label::LabelData &data, const QString &queue)
{
    const QPrinterInfo info = queue.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(queue);
    if (info.isNull())
        return queue.isEmpty()
                   ? QCoreApplication::translate("labelui",
                                                 "there is no default printer (name a CUPS queue: cups:QUEUE)")
                   : QCoreApplication::translate("labelui", "there is no printer named %1 (CUPS queues: %2)")
                         .arg(queue, QPrinterInfo::availablePrinterNames().join(QStringLiteral(", ")));
    QPrinter printer(info, QPrinter::HighResolution);
    return paintOnPrinter(printer, tpl, data);
}

void installCupsHandler(label::LabelPrinter *printer)
{
    printer->setCupsHandler(&printToCups);
}

} // namespace labelui
