#include "label/labeltemplate.h"

#include "label/labeldata.h"
#include "label/labeltarget.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace label {
namespace {

constexpr int kMinMm = 10;
constexpr int kMaxMm = 200;
constexpr int kMaxText = 200;

} // namespace

QStringList LabelTemplate::validate() const
{
    QStringList e;
    if (print != QLatin1String("never") && print != QLatin1String("pass"))
        e << QCoreApplication::translate("label", "label.print: must be \"never\" or \"pass\"");
    if (!target.isEmpty()) {
        if (const auto t = LabelTarget::parse(target); !t)
            e << QCoreApplication::translate("label", "label.target: %1").arg(t.error());
    } else if (printsOnPass()) {
        e << QCoreApplication::translate(
            "label", "label.target: name where labels go (tcp://HOST:PORT, file:PATH or cups:QUEUE) to print on PASS");
    }
    if (widthMm < kMinMm || widthMm > kMaxMm)
        e << QCoreApplication::translate("label", "label.widthMm: must be %1 to %2").arg(kMinMm).arg(kMaxMm);
    if (heightMm < kMinMm || heightMm > kMaxMm)
        e << QCoreApplication::translate("label", "label.heightMm: must be %1 to %2").arg(kMinMm).arg(kMaxMm);
    if (dpi != 152 && dpi != 203 && dpi != 300 && dpi != 600)
        e << QCoreApplication::translate("label", "label.dpi: must be 152, 203, 300 or 600");
    if (lines.size() > kMaxLines)
        e << QCoreApplication::translate("label", "label.lines: at most %1 lines").arg(kMaxLines);
    if (lines.isEmpty() && qr.isEmpty())
        e << QCoreApplication::translate("label", "label: an empty label (no lines and no QR code)");
    QStringList texts = lines;
    texts << qr;
    for (const QString &text : texts) {
        if (text.size() > kMaxText)
            e << QCoreApplication::translate("label", "label: \"%1…\" is longer than %2 characters")
                     .arg(text.left(20))
                     .arg(kMaxText);
        for (const QString &name : LabelData::unknownPlaceholders(text))
            e << QCoreApplication::translate("label", "label: unknown placeholder {%1} (known: %2)")
                     .arg(name, LabelData::fieldNames().join(QStringLiteral(", ")));
    }
    return e;
}

QJsonObject LabelTemplate::toJson() const
{
    return QJsonObject{{QStringLiteral("print"), print},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("widthMm"), widthMm},
                       {QStringLiteral("heightMm"), heightMm},
                       {QStringLiteral("dpi"), dpi},
                       {QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
                       {QStringLiteral("qr"), qr}};
}

LabelTemplate LabelTemplate::fromJson(const QJsonObject &json, QStringList &errors)
{
    LabelTemplate t;
    const auto str = [&](const char *key, QString &out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            errors << QCoreApplication::translate("label", "label.%1: must be a string").arg(QLatin1String(key));
        else
            out = v.toString();
    };
    const auto integer = [&](const char *key, int &out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)))
            errors << QCoreApplication::translate("label", "label.%1: must be a whole number").arg(QLatin1String(key));
        else
            out = int(d);
    };
    str("print", t.print);
    str("target", t.target);
    integer("widthMm", t.widthMm);
    integer("heightMm", t.heightMm);
    integer("dpi", t.dpi);
    str("qr", t.qr);
    const QJsonValue lines = json.value(QLatin1String("lines"));
    if (!lines.isUndefined()) {
        QStringList out;
        bool ok = lines.isArray();
        for (const QJsonValue &l : lines.toArray()) {
            ok = ok && l.isString();
            out << l.toString();
        }
        if (ok)
            t.lines = out;
        else
            errors << QCoreApplication::translate("label", "label.lines: must be a list of strings");
    }
    const QStringList known{QStringLiteral("print"),    QStringLiteral("target"), QStringLiteral("widthMm"),
                            QStringLiteral("heightMm"), QStringLiteral("dpi"),    QStringLiteral("lines"),
                            QStringLiteral("qr")};
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            errors << QCoreApplication::translate("label", "label.%1: unknown field (known: %2)")
                          .arg(key, known.join(QStringLiteral(", ")));
    }
    return t;
}

} // namespace label
