#pragma once

#include "common/expected.h"
#include "label/labeldata.h"
#include "label/labeltarget.h"
#include "label/labeltemplate.h"
#include "label/qrcode.h"

#include <optional>
#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QStringList>

class QPainter;

namespace label {

/// One label laid out in printer dots (the template's size at its dpi): a QR code on the left
/// (libqrencode, at least 2 dots a module), the text lines beside it, 2 mm margins. The same
/// layout becomes ZPL (text fields and the QR code as a ^GFA graphic, so every printer shows the
/// same symbol the preview shows), a PNG, a PDF page, or a QPrinter page (paint()).
///
/// zpl() needs no GUI; paint(), image(), png() and pdf() draw text and need a QGuiApplication
/// (the station window, `provstation-cli label`): without one they return an error.
class LabelRenderer
{
public:
    /// Lays out @p tpl filled with @p data; an error when it does not fit (label too small for the
    /// QR code, a line too long) or the QR text cannot be encoded.
    static Expected<LabelRenderer, QString> make(const LabelTemplate &tpl, const LabelData &data);

    QSize sizeDots() const { return m_size; }
    int dpi() const { return m_dpi; }
    /// The text lines with their placeholders filled in.
    QStringList lines() const { return m_lines; }
    /// The QR code's text with its placeholders filled in (empty: no QR code).
    QByteArray qrText() const { return m_qr ? m_qr->text() : QByteArray(); }
    /// Where the QR code is, in dots, and the dots per module.
    QRect qrRect() const { return m_qrRect; }
    int qrModuleDots() const { return m_module; }

    /// ZPL II for a label printer (^XA … ^XZ, UTF-8 text with ^CI28, the QR code as ^GFA).
    QByteArray zpl() const;
    /// Draws the label at (0,0) in dots on @p painter (scale the painter for other resolutions).
    void paint(QPainter &painter) const;
    Expected<QImage, QString> image() const;
    Expected<QByteArray, QString> png() const;
    /// One PDF page of the label's size in millimetres.
    Expected<QByteArray, QString> pdf() const;
    /// zpl(), pdf() or png() by @p format.
    Expected<QByteArray, QString> render(LabelTarget::Format format) const;

    /// True when text can be drawn in this process (a QGuiApplication exists).
    static bool canPaint();

private:
    LabelRenderer() = default;

    QSize m_size;
    int m_dpi = 203;
    QStringList m_lines;
    std::optional<QrCode> m_qr;
    QRect m_qrRect;
    int m_module = 0;
    int m_textX = 0;
    int m_textWidth = 0;
    int m_textTop = 0;
    int m_lineHeight = 0;
    int m_fontDots = 0;
    QString m_title;
};

} // namespace label
