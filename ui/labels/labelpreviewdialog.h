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
    void createWidgets();
    void layOut();
    void connectSignals();
    void load();
    void changed();
    void retranslate();
    void send(const QString &target);

    Station *m_station;
    label::LabelData m_data;
    label::LabelPrinter *m_printer = nullptr;
    bool m_loading = false;
    QCheckBox *m_printOnPass = nullptr;
    QLineEdit *m_target = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_dpi = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QLineEdit *m_qr = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_size = nullptr;
    QPushButton *m_testPrint = nullptr;
    QLineEdit *m_saveFile = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QList<QLabel *> m_labels;
};
