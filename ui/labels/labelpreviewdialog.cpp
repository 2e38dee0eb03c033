#include "labels/labelpreviewdialog.h"

#include "common/logging.h"
#include "label/labelprinter.h"
#include "label/labelrenderer.h"
#include "labels/cupsprinting.h"
#include "provisioning/station.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

LabelPreviewDialog::LabelPreviewDialog(Station *station, QWidget *parent)
    : QDialog(parent)
    , m_station(station)
    , m_data(label::LabelData::sample())
    , m_printer(new label::LabelPrinter(this))
{
    createWidgets();
    layOut();
    connectSignals();
    retranslate();
    load();
}

void LabelPreviewDialog::createWidgets()
{
    setObjectName(QStringLiteral("labelPreviewDialog"));
    setModal(false);
    labelui::installCupsHandler(m_printer);
    const auto named = [this](auto *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_printOnPass = named(new QCheckBox(this), "labelPrintOnPassCheck");
    m_target = named(new QLineEdit(this), "labelTargetEdit");
    m_width = named(new QSpinBox(this), "labelWidthSpin");
    m_height = named(new QSpinBox(this), "labelHeightSpin");
    for (QSpinBox *s : {m_width, m_height})
        s->setRange(10, 200);
    m_dpi = named(new QComboBox(this), "labelDpiCombo");
    for (int dpi : {152, 203, 300, 600})
        m_dpi->addItem(QString::number(dpi), dpi);
    m_lines = named(new QPlainTextEdit(this), "labelLinesEdit");
    m_lines->setTabChangesFocus(true);
    m_lines->setMaximumHeight(110);
    m_qr = named(new QLineEdit(this), "labelQrEdit");
    m_fields = named(new QLabel(this), "labelFields");
    m_fields->setWordWrap(true);
    m_problems = named(new QLabel(this), "labelProblems");
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_preview = named(new QLabel(this), "labelPreview");
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(420, 220);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #d0d0d0; }"));
    m_size = named(new QLabel(this), "labelSize");
    m_testPrint = named(new QPushButton(this), "labelTestPrintButton");
    m_saveFile = named(new QLineEdit(this), "labelSaveEdit");
    m_save = named(new QPushButton(this), "labelSaveButton");
    m_status = named(new QLabel(this), "labelStatus");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void LabelPreviewDialog::layOut()
{
    auto *form = new QFormLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_printOnPass, m_target, m_width, m_height, m_dpi, m_lines, m_qr}) {
        QLabel *l = w == m_printOnPass ? nullptr : buddyLabel(w, this);
        if (l)
            m_labels << l;
        form->addRow(l, w);
    }
    form->addRow(QString(), m_fields);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveFile, 1);
    saveRow->addWidget(m_save);
    auto *saveLabel = buddyLabel(m_saveFile, this);
    m_labels << saveLabel;
    form->addRow(saveLabel, saveRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_testPrint, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a field must not close the dialog or press another button: Save has its own Enter.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    m_save->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_problems);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void LabelPreviewDialog::connectSignals()
{
    connect(m_printOnPass, &QCheckBox::toggled, this, &LabelPreviewDialog::changed);
    connect(m_target, &QLineEdit::textEdited, this, &LabelPreviewDialog::changed);
    connect(m_qr, &QLineEdit::textEdited, this, &LabelPreviewDialog::changed);
    connect(m_lines, &QPlainTextEdit::textChanged, this, &LabelPreviewDialog::changed);
    for (QSpinBox *s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &LabelPreviewDialog::changed);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, &LabelPreviewDialog::changed);
    connect(m_testPrint, &QPushButton::clicked, this, [this] { send(m_target->text().trimmed()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = m_saveFile->text().trimmed();
        if (file.isEmpty()) {
            m_status->setText(tr("Type the file to save the label to (.png, .pdf or .zpl)."));
            emit printFailed(m_status->text());
            return;
        }
        send(QStringLiteral("file:") + file);
    });
    connect(m_saveFile, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_printer, &label::LabelPrinter::printed, this, [this](int, const label::LabelData &, const QString &w) {
        m_status->setText(tr("Printed to %1.").arg(w));
        emit printed(w);
    });
    connect(m_printer, &label::LabelPrinter::failed, this, [this](int, const label::LabelData &, const QString &e) {
        m_status->setText(tr("Not printed: %1").arg(e));
        emit printFailed(e);
    });
    connect(m_station, &Station::profileReplaced, this, &LabelPreviewDialog::load);
    connect(m_station, &Station::engineerModeChanged, this, &LabelPreviewDialog::load);
}

void LabelPreviewDialog::retranslate()
{
    setWindowTitle(tr("Label"));
    m_printOnPass->setText(tr("&Print a label for every module that passes"));
    const QStringList texts{tr("&Target:"),     tr("&Width:"),   tr("&Height:"),        tr("&Resolution:"),
                            tr("Text &lines:"), tr("&QR code:"), tr("Save to a &file:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_target->setPlaceholderText(tr("tcp://HOST:9100, file:labels/{device_id}.pdf or cups:QUEUE"));
    m_width->setSuffix(tr(" mm"));
    m_height->setSuffix(tr(" mm"));
    m_dpi->setToolTip(tr("Dots per inch of the printer's head"));
    m_lines->setPlaceholderText(tr("one line of the label per line, e.g. MAC {mac}"));
    m_qr->setPlaceholderText(tr("the QR code's text, e.g. {device_id}; empty: no QR code"));
    m_fields->setText(
        tr("Fields: %1")
            .arg(label::LabelData::fieldNames()
                     .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")), QStringLiteral("{\\1}"))
                     .join(QStringLiteral(" "))));
    m_saveFile->setPlaceholderText(tr("a .png, .pdf or .zpl file"));
    m_save->setText(tr("&Save"));
    m_testPrint->setText(tr("Print a test la&bel"));
}

void LabelPreviewDialog::setData(const label::LabelData &data)
{
    m_data = data;
    changed();
}

label::LabelTemplate LabelPreviewDialog::currentTemplate() const
{
    label::LabelTemplate t;
    t.print = m_printOnPass->isChecked() ? QStringLiteral("pass") : QStringLiteral("never");
    t.target = m_target->text().trimmed();
    t.widthMm = m_width->value();
    t.heightMm = m_height->value();
    t.dpi = m_dpi->currentData().toInt();
    QStringList lines = m_lines->toPlainText().split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    t.lines = lines;
    t.qr = m_qr->text().trimmed();
    return t;
}

void LabelPreviewDialog::load()
{
    m_loading = true;
    const label::LabelTemplate &t = m_station->profile().label;
    m_printOnPass->setChecked(t.printsOnPass());
    m_target->setText(t.target);
    m_width->setValue(t.widthMm);
    m_height->setValue(t.heightMm);
    m_dpi->setCurrentIndex(qMax(0, m_dpi->findData(t.dpi)));
    m_lines->setPlainText(t.lines.join(u'\n'));
    m_qr->setText(t.qr);
    const bool editable = m_station->isEngineerMode();
    for (QWidget *w : std::initializer_list<QWidget *>{m_printOnPass, m_width, m_height, m_dpi})
        w->setEnabled(editable);
    for (QLineEdit *e : {m_target, m_qr})
        e->setReadOnly(!editable);
    m_lines->setReadOnly(!editable);
    m_loading = false;
    changed();
}

void LabelPreviewDialog::changed()
{
    if (m_loading)
        return;
    const label::LabelTemplate t = currentTemplate();
    const auto layout = label::LabelRenderer::make(t, m_data);
    if (!layout) {
        // The preview keeps the last good label; the profile keeps the last good template.
        m_problems->setText(layout.error());
        return;
    }
    m_problems->clear();
    const auto image = layout->image();
    if (image) {
        const QSize room = m_preview->size() - QSize(16, 16);
        m_preview->setPixmap(QPixmap::fromImage(*image).scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    m_size->setText(tr("%1 × %2 mm at %3 dpi (%4 × %5 dots), sample data")
                        .arg(t.widthMm)
                        .arg(t.heightMm)
                        .arg(t.dpi)
                        .arg(layout->sizeDots().width())
                        .arg(layout->sizeDots().height()));
    if (m_station->isEngineerMode() && !(m_station->profile().label == t)) {
        m_station->editProfile([&t](Profile &p) { p.label = t; });
        qCInfo(lcUi) << "label template edited";
    }
}

void LabelPreviewDialog::send(const QString &target)
{
    if (target.isEmpty()) {
        m_status->setText(tr("Type a target first (tcp://HOST:9100, file:PATH or cups:QUEUE)."));
        emit printFailed(m_status->text());
        return;
    }
    m_status->setText(tr("Printing…"));
    m_printer->print(currentTemplate(), m_data, target);
}
