#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace label {

/// The label of a station profile ("label" in the profile JSON, docs/labels.md): its size, the
/// text lines and the QR code text (both with {placeholders} of LabelData), where it goes and
/// whether the station prints one for every module that passes.
///
///   "label": {"print": "pass", "target": "tcp://printer-3:9100", "widthMm": 50, "heightMm": 25,
///             "dpi": 203, "lines": ["{device_id}", "MAC {mac}", "{model}  {date}"], "qr": "{device_id}"}
struct LabelTemplate
{
    QString print = QStringLiteral("never"); ///< "never" or "pass"
    QString target; ///< a LabelTarget; empty: none (preview and reprint to a target given then)
    int widthMm = 50;
    int heightMm = 25;
    int dpi = 203; ///< 152, 203, 300 or 600 (the printer's head)
    QStringList lines{QStringLiteral("{device_id}"), QStringLiteral("MAC {mac}"), QStringLiteral("{model}  {date}")};
    QString qr = QStringLiteral("{device_id}"); ///< empty: no QR code

    static constexpr int kMaxLines = 6;

    bool printsOnPass() const { return print == QLatin1String("pass"); }
    /// Problems, each naming its field ("label.dpi: must be 152, 203, 300 or 600").
    QStringList validate() const;

    QJsonObject toJson() const;
    /// Reads the "label" object; problems go to @p errors (fields named "label.…").
    static LabelTemplate fromJson(const QJsonObject &json, QStringList &errors);

    friend bool operator==(const LabelTemplate &, const LabelTemplate &) = default;
};

} // namespace label
