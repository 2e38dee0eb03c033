#include "label/labeltarget.h"

#include "label/labeldata.h"

#include <QCoreApplication>
#include <QUrl>

namespace label {
Expected<LabelTarget, QString> LabelTarget::parse(const QString &text)
{
    using R = Expected<LabelTarget, QString>;
    const QString t = text.trimmed();
    LabelTarget target;
    if (t.startsWith(QLatin1String("tcp://"))) {
        target.kind = Kind::Tcp;
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !(url.path().isEmpty() || url.path() == u"/"))
            return R::failure(
                QCoreApplication::translate("label", "%1: write a ZPL printer as tcp://HOST:PORT").arg(t));
        const int port = url.port(9100);
        if (port < 1 || port > 65535)
            return R::failure(QCoreApplication::translate("label", "%1: the port must be 1 to 65535").arg(t));
        target.host = url.host();
        target.port = quint16(port);
        return R::success(target);
    }
    if (t.startsWith(QLatin1String("file:"))) {
        target.kind = Kind::File;
        target.path = t.mid(5);
        if (target.path.startsWith(QLatin1String("//")))
            target.path = QUrl(t).toLocalFile();
        if (target.path.isEmpty())
            return R::failure(
                QCoreApplication::translate("label", "%1: name the file, e.g. file:labels/{device_id}.pdf").arg(t));
        const QString lower = target.path.toLower();
        if (!lower.endsWith(QLatin1String(".zpl")) && !lower.endsWith(QLatin1String(".pdf")) &&
            !lower.endsWith(QLatin1String(".png")))
            return R::failure(QCoreApplication::translate(
                                  "label", "%1: the file name must end in .zpl, .pdf or .png (that says the format)")
                                  .arg(t));
        if (const QStringList unknown = LabelData::unknownPlaceholders(target.path); !unknown.isEmpty())
            return R::failure(
                QCoreApplication::translate("label", "%1: unknown placeholder {%2}").arg(t, unknown.first()));
        return R::success(target);
    }
    if (t.startsWith(QLatin1String("cups:"))) {
        target.kind = Kind::Cups;
        target.queue = t.mid(5);
        return R::success(target);
    }
    return R::failure(QCoreApplication::translate(
                          "label", "\"%1\" is not a label target: use tcp://HOST:PORT, file:PATH or cups:QUEUE")
                          .arg(t));
}

LabelTarget::Format LabelTarget::format() const
{
    switch (kind) {
    case Kind::Tcp:
        return Format::Zpl;
    case Kind::Cups:
        return Format::Pdf;
    case Kind::File:
        break;
    }
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".pdf")))
        return Format::Pdf;
    if (lower.endsWith(QLatin1String(".png")))
        return Format::Png;
    return Format::Zpl;
}

QString LabelTarget::toString() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    case Kind::File:
        return QStringLiteral("file:") + path;
    case Kind::Cups:
        return QStringLiteral("cups:") + queue;
    }
    return {};
}

} // namespace label
