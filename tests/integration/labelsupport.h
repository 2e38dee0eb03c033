#pragma once

// Shared by the label tests: a loopback "ZPL printer" (a TCP listener that keeps what each
// connection sent), the QR code of a ZPL label back as an image, and the Debian tools that read
// labels like a scanner and a viewer would (zbarimg, pdftoppm, pdftotext).

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace labeltest {

inline QString fix()
{
    return QStringLiteral("install Debian's zbar-tools and poppler-utils (installer/bootstrap.sh installs them)");
}

/// Null when every tool is there, else what to install.
inline QString missingTools()
{
    for (const char *tool : {"zbarimg", "pdftoppm", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QString::fromLatin1(tool) + QStringLiteral(" is missing: ") + fix();
    }
    return {};
}

/// Runs @p program with a deadline; its standard output (empty on failure), exit code in @p code.
inline QByteArray run(const QString &program, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
    }
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

/// What zbarimg reads from the QR code(s) in @p image, one symbol a line.
inline QString scan(const QString &image)
{
    return QString::fromUtf8(run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), image}))
        .trimmed();
}

/// A raw-TCP label printer on 127.0.0.1: each connection's bytes, once it closed.
class ZplPrinter : public QObject
{
public:
    ZplPrinter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::readyRead, s, [s, buffer] { *buffer += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    labels.append(*buffer);
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
    }
    QString target() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(m_server.serverPort()); }
    bool isListening() const { return m_server.isListening(); }
    QList<QByteArray> labels;

private:
    QTcpServer m_server;
};

/// The ^GFA graphic of a ZPL label as an image with a white quiet zone (what the printer prints).
inline QImage zplGraphic(const QByteArray &zpl)
{
    static const QRegularExpression gf(QStringLiteral("\\^GFA,(\\d+),(\\d+),(\\d+),([0-9A-F]+)\\^FS"));
    const auto m = gf.match(QString::fromLatin1(zpl));
    if (!m.hasMatch())
        return {};
    const int perRow = m.captured(3).toInt();
    const QByteArray bits = QByteArray::fromHex(m.captured(4).toLatin1());
    const int rows = int(bits.size()) / perRow;
    const int quiet = 40;
    QImage img(perRow * 8 + 2 * quiet, rows + 2 * quiet, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < perRow * 8; ++x)
            if (uchar(bits[y * perRow + x / 8]) & (0x80 >> (x % 8)))
                img.setPixel(quiet + x, quiet + y, qRgb(0, 0, 0));
    return img;
}

/// The text of the ^FD fields of a ZPL label (with ^FH_ hex bytes decoded).
inline QStringList zplFields(const QByteArray &zpl)
{
    QStringList out;
    static const QRegularExpression fd(QStringLiteral("\\^FH_\\^FD(.*?)\\^FS"));
    auto it = fd.globalMatch(QString::fromUtf8(zpl));
    while (it.hasNext()) {
        QString text = it.next().captured(1);
        static const QRegularExpression hex(QStringLiteral("_([0-9A-F]{2})"));
        QString decoded;
        qsizetype last = 0;
        auto h = hex.globalMatch(text);
        while (h.hasNext()) {
            const auto m = h.next();
            decoded += text.mid(last, m.capturedStart() - last) + QChar(m.captured(1).toInt(nullptr, 16));
            last = m.capturedEnd();
        }
        out << decoded + text.mid(last);
    }
    return out;
}

} // namespace labeltest
