#include "label/qrcode.h"

#include <QCoreApplication>

#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace label {

Expected<QrCode, QString> QrCode::encode(const QByteArray &text)
{
    using R = Expected<QrCode, QString>;
    if (text.isEmpty())
        return R::failure(QCoreApplication::translate("label", "the QR code text is empty"));
    errno = 0;
    // QRencode_encodeData takes bytes as they are (no NUL termination, no mode guessing).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return R::failure(QCoreApplication::translate("label", "%1 bytes are too many for a QR code (at most 2331)")
                                  .arg(text.size()));
        return R::failure(
            QCoreApplication::translate("label", "libqrencode could not encode the text (errno %1)").arg(errno));
    }
    QrCode qr;
    qr.m_size = code->width;
    qr.m_text = text;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return R::success(std::move(qr));
}

} // namespace label
