#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

/// Hex and ASCII view of one record's bytes, 16 per line. Paints only the visible lines;
/// markField(start, length) highlights a field's bytes (the detail tree drives it) and scrolls
/// them into view. Clicking a byte emits byteClicked(offset).
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kBytesPerLine = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }

    /// Highlights [start, start + length); a length of 0 clears the mark.
    void markField(int start, int length);
    void clearMark() { markField(0, 0); }
    int markedStart() const { return m_markStart; }
    int markedLength() const { return m_markLength; }
    /// Number of text lines drawn by the last paint (for tests: only visible lines are painted).
    int lastPaintedLines() const { return m_lastPaintedLines; }

signals:
    void byteClicked(int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int lineCount() const { return int((m_data.size() + kBytesPerLine - 1) / kBytesPerLine); }
    int lineHeight() const;
    int charWidth() const;
    void updateScrollBar();

    QByteArray m_data;
    int m_markStart = 0;
    int m_markLength = 0;
    int m_lastPaintedLines = 0;
};
