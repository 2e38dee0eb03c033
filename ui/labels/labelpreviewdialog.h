#pragma once

#include "label/labeldata.h"
#include "label/labeltemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Station;

namespace label {
class LabelPrinter;
}

/// The profile's label, previewed as it will print (docs/labels.md): the engineer edits the size,
/// resolution, text lines, QR code text, target and "print on PASS", and sees the label drawn with
/// sample data at once. A valid template goes into the station's profile as it is typed; a wrong
/// one is named in words and the profile keeps the last good template (nothing typed is lost).
/// A test label goes to the target; Save writes the label to a typed .png, .pdf or .zpl file.
/// In operator mode the template is shown, not edited. Non-modal (show()).
class LabelPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabelPreviewDialog(Station *station, QWidget *parent = nullptr);

    /// The data the preview shows (default: LabelData::sample()).
    void setData(const label::LabelData &data);
    /// The template as the widgets say it now.
    label::LabelTemplate currentTemplate() const;

signals:
    /// A test print or a save finished: @p where on success, else @p error.
    void printed(const QString &where);
    void printFailed(const QString &error);

private:
    void load();
    void changed();
    void retranslate();
    void send(const QString &target);

    Station *m_station;
    label::LabelData m_data;
    label::LabelPrinter *m_printer;
    bool m_loading = false;
    QCheckBox *m_printOnPass;
    QLineEdit *m_target;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_dpi;
    QPlainTextEdit *m_lines;
    QLineEdit *m_qr;
    QLabel *m_fields;
    QLabel *m_problems;
    QLabel *m_preview;
    QLabel *m_size;
    QPushButton *m_testPrint;
    QLineEdit *m_saveFile;
    QPushButton *m_save;
    QLabel *m_status;
    QList<QLabel *> m_labels;
};
