#include "inspector/hexview.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace {
// Layout in characters: "0000  00 11 22 33 44 55 66 77  88 99 AA BB CC DD EE FF  0123456789ABCDEF"
constexpr int kOffsetChars = 6;
int hexColumn(int i)
{
    return kOffsetChars + i * 3 + (i >= 8 ? 1 : 0);
}
constexpr int kAsciiColumn = kOffsetChars + 16 * 3 + 2;
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}
int HexView::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_markStart = m_markLength = 0;
    updateScrollBar();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::markField(int start, int length)
{
    if (start < 0 || length <= 0 || start >= m_data.size()) {
        m_markStart = m_markLength = 0;
    } else {
        m_markStart = start;
        m_markLength = int(std::min<qsizetype>(length, m_data.size() - start));
        const int line = m_markStart / kBytesPerLine;
        QScrollBar *bar = verticalScrollBar();
        const int visible = std::max(1, viewport()->height() / lineHeight());
        if (line < bar->value() || line >= bar->value() + visible)
            bar->setValue(line);
    }
    viewport()->update();
}

void HexView::updateScrollBar()
{
    const int visible = std::max(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    horizontalScrollBar()->setRange(0, std::max(0, (kAsciiColumn + kBytesPerLine) * charWidth() - viewport()->width()));
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const int lh = lineHeight(), cw = charWidth();
    const int first = verticalScrollBar()->value();
    const int visible = viewport()->height() / lh + 1;
    const int last = std::min(lineCount(), first + visible);
    const int dx = -horizontalScrollBar()->value();
    const int ascent = fontMetrics().ascent();
    const QColor mark = palette().color(QPalette::Highlight);
    const QColor markText = palette().color(QPalette::HighlightedText);
    const QColor text = palette().color(QPalette::Text);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    m_lastPaintedLines = 0;
    for (int line = first; line < last; ++line) {
        const int y = (line - first) * lh;
        const int base = line * kBytesPerLine;
        p.setPen(dim);
        p.drawText(dx, y + ascent, QStringLiteral("%1").arg(base, 4, 16, QLatin1Char('0')).toUpper());
        for (int i = 0; i < kBytesPerLine && base + i < m_data.size(); ++i) {
            const int at = base + i;
            const quint8 b = quint8(m_data[at]);
            const bool marked = at >= m_markStart && at < m_markStart + m_markLength;
            const QRect hexRect(dx + hexColumn(i) * cw, y, 2 * cw, lh);
            const QRect asciiRect(dx + (kAsciiColumn + i) * cw, y, cw, lh);
            if (marked) {
                p.fillRect(hexRect.adjusted(0, 0, (i == 7 || i == 15) ? 0 : cw, 0), mark);
                p.fillRect(asciiRect, mark);
            }
            p.setPen(marked ? markText : text);
            p.drawText(hexRect.left(), y + ascent, QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper());
            p.drawText(asciiRect.left(), y + ascent,
                       (b >= 0x20 && b < 0x7F) ? QString(QLatin1Char(char(b))) : QStringLiteral("."));
        }
        ++m_lastPaintedLines;
    }
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const int cw = charWidth();
    const int line = verticalScrollBar()->value() + int(event->position().y()) / lineHeight();
    const int col = (int(event->position().x()) + horizontalScrollBar()->value()) / cw;
    int byte = -1;
    if (col >= kAsciiColumn && col < kAsciiColumn + kBytesPerLine)
        byte = col - kAsciiColumn;
    else
        for (int i = 0; i < kBytesPerLine; ++i)
            if (col >= hexColumn(i) && col < hexColumn(i) + 2)
                byte = i;
    const int offset = line * kBytesPerLine + byte;
    if (byte >= 0 && offset < m_data.size())
        emit byteClicked(offset);
    QAbstractScrollArea::mousePressEvent(event);
}
