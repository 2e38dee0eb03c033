#include "label/labelrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace label {
namespace {

int dots(double mm, int dpi)
{
    return int(std::lround(mm * dpi / 25.4));
}

/// Average advance of DejaVu Sans Mono (and about that of ZPL font 0) per dot of font height.
constexpr double kCharWidth = 0.6;

/// Text for a ZPL field: ^FH_ lets '_' introduce a hex byte, so the characters ZPL reads as
/// commands (^ ~) and the escape itself are written as _5E, _7E, _5F.
QByteArray zplField(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '^' || c == '~' || c == '_')
            out += '_' + QByteArray::number(uchar(c), 16).toUpper();
        else
            out += c;
    }
    return out;
}

} // namespace

Expected<LabelRenderer, QString> LabelRenderer::make(const LabelTemplate &tpl, const LabelData &data)
{
    using R = Expected<LabelRenderer, QString>;
    if (const QStringList problems = tpl.validate(); !problems.isEmpty())
        return R::failure(problems.join(QStringLiteral("; ")));
    LabelRenderer r;
    r.m_dpi = tpl.dpi;
    r.m_size = QSize(dots(tpl.widthMm, tpl.dpi), dots(tpl.heightMm, tpl.dpi));
    r.m_title = data.deviceId;
    const int margin = dots(2, tpl.dpi);
    const int avail = r.m_size.height() - 2 * margin;
    r.m_textX = margin;
    if (!tpl.qr.isEmpty()) {
        const QString text = data.expand(tpl.qr);
        auto qr = QrCode::encode(text.toUtf8());
        if (!qr)
            return R::failure(QCoreApplication::translate("label", "label.qr: %1").arg(qr.error()));
        r.m_module = avail / qr->size();
        if (r.m_module < 2)
            return R::failure(
                QCoreApplication::translate(
                    "label", "label: the QR code of \"%1\" has %2 modules a side, which do not fit %3 mm at %4 dpi "
                             "(make the label taller or the QR text shorter)")
                    .arg(text)
                    .arg(qr->size())
                    .arg(tpl.heightMm)
                    .arg(tpl.dpi));
        const int side = r.m_module * qr->size();
        r.m_qrRect = QRect(margin, (r.m_size.height() - side) / 2, side, side);
        r.m_textX = r.m_qrRect.right() + 1 + margin;
        r.m_qr = std::move(qr).value();
    }
    r.m_textWidth = r.m_size.width() - r.m_textX - margin;
    for (const QString &line : tpl.lines)
        r.m_lines << data.expand(line);
    if (r.m_lines.isEmpty())
        return R::success(std::move(r));
    if (r.m_textWidth < dots(5, tpl.dpi))
        return R::failure(QCoreApplication::translate(
            "label", "label: no room for the text beside the QR code (make the label wider)"));
    r.m_lineHeight = qMin(avail / int(r.m_lines.size()), dots(5, tpl.dpi));
    qsizetype longest = 1;
    for (const QString &line : std::as_const(r.m_lines))
        longest = qMax(longest, line.size());
    r.m_fontDots = qMin(int(r.m_lineHeight * 0.8), int(r.m_textWidth / (kCharWidth * double(longest))));
    if (r.m_fontDots < dots(1.2, tpl.dpi)) {
        QString widest;
        for (const QString &line : std::as_const(r.m_lines))
            widest = line.size() > widest.size() ? line : widest;
        return R::failure(
            QCoreApplication::translate(
                "label", "label: the line \"%1\" does not fit the label (make it wider, or the line shorter)")
                .arg(widest));
    }
    r.m_textTop = (r.m_size.height() - r.m_lineHeight * int(r.m_lines.size())) / 2;
    return R::success(std::move(r));
}

QByteArray LabelRenderer::zpl() const
{
    QByteArray z = "^XA\n^CI28\n";
    z += "^PW" + QByteArray::number(m_size.width()) + "\n^LL" + QByteArray::number(m_size.height()) + "\n";
    if (m_qr) {
        const int side = m_qrRect.width();
        const int bytesPerRow = (side + 7) / 8;
        QByteArray hex;
        hex.reserve(bytesPerRow * side * 2);
        for (int y = 0; y < side; ++y) {
            for (int b = 0; b < bytesPerRow; ++b) {
                uchar byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = b * 8 + bit;
                    if (x < side && m_qr->isDark(x / m_module, y / m_module))
                        byte |= uchar(0x80 >> bit);
                }
                hex += QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
            }
        }
        const QByteArray total = QByteArray::number(bytesPerRow * side);
        z += "^FO" + QByteArray::number(m_qrRect.x()) + ',' + QByteArray::number(m_qrRect.y()) + "^GFA," + total + ',' +
             total + ',' + QByteArray::number(bytesPerRow) + ',' + hex + "^FS\n";
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const int y = m_textTop + i * m_lineHeight + (m_lineHeight - m_fontDots) / 2;
        z += "^FO" + QByteArray::number(m_textX) + ',' + QByteArray::number(y) + "^A0N," +
             QByteArray::number(m_fontDots) + ',' + QByteArray::number(m_fontDots) + "^FH_^FD" + zplField(m_lines[i]) +
             "^FS\n";
    }
    z += "^PQ1\n^XZ\n";
    return z;
}

bool LabelRenderer::canPaint()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

void LabelRenderer::paint(QPainter &p) const
{
    p.save();
    p.fillRect(QRect(QPoint(0, 0), m_size), Qt::white);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_qr) {
        for (int y = 0; y < m_qr->size(); ++y)
            for (int x = 0; x < m_qr->size(); ++x)
                if (m_qr->isDark(x, y))
                    p.fillRect(m_qrRect.x() + x * m_module, m_qrRect.y() + y * m_module, m_module, m_module, Qt::black);
    }
    if (!m_lines.isEmpty()) {
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
        font.setPixelSize(m_fontDots);
        p.setFont(font);
        p.setPen(Qt::black);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        for (int i = 0; i < m_lines.size(); ++i)
            p.drawText(QRect(m_textX, m_textTop + i * m_lineHeight, m_textWidth, m_lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_lines[i]);
    }
    p.restore();
}

Expected<QImage, QString> LabelRenderer::image() const
{
    if (!canPaint())
        return Expected<QImage, QString>::failure(QCoreApplication::translate(
            "label", "drawing a label needs a graphical application (the station window or 'provstation-cli label')"));
    QImage img(m_size, QImage::Format_RGB32);
    img.fill(Qt::white);
    const int dpm = int(std::lround(m_dpi / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QPainter p(&img);
    paint(p);
    p.end();
    return img;
}

Expected<QByteArray, QString> LabelRenderer::png() const
{
    const auto img = image();
    if (!img)
        return Expected<QByteArray, QString>::failure(img.error());
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!img->save(&buffer, "PNG"))
        return Expected<QByteArray, QString>::failure(
            QCoreApplication::translate("label", "cannot encode the label as PNG"));
    return out;
}

Expected<QByteArray, QString> LabelRenderer::pdf() const
{
    if (!canPaint())
        return Expected<QByteArray, QString>::failure(QCoreApplication::translate(
            "label", "drawing a label needs a graphical application (the station window or 'provstation-cli label')"));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        const QSizeF mm(m_size.width() * 25.4 / m_dpi, m_size.height() * 25.4 / m_dpi);
        writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(m_dpi);
        writer.setCreator(QStringLiteral("provstation"));
        writer.setTitle(m_title);
        QPainter p(&writer);
        paint(p);
    }
    return out;
}

Expected<QByteArray, QString> LabelRenderer::render(LabelTarget::Format format) const
{
    switch (format) {
    case LabelTarget::Format::Zpl:
        return zpl();
    case LabelTarget::Format::Pdf:
        return pdf();
    case LabelTarget::Format::Png:
        return png();
    }
    return zpl();
}

} // namespace label
