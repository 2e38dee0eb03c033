#include "label/labelprinter.h"

#include "common/files.h"
#include "common/logging.h"
#include "label/labelrenderer.h"
#include "pki/issue.h"
#include "provisioning/station.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>

namespace label {
namespace {

/// A file name from the target's pattern: each filled-in value made safe for a file name (no '/'
/// or ':' from a value can climb out of the folder or trouble another file system).
QString filePath(const QString &pattern, const LabelData &data)
{
    return QDir::cleanPath(data.expand(pattern, [](const QString &value) { return pki::fileStem(value); }));
}

} // namespace

LabelPrinter::LabelPrinter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<label::LabelData>();
    m_deadline.setSingleShot(true);
}

LabelPrinter::~LabelPrinter()
{
    if (m_socket)
        m_socket->abort();
}

int LabelPrinter::print(const LabelTemplate &tpl, const LabelData &data, const QString &target)
{
    Request r{m_nextId++, tpl, data, target.isEmpty() ? tpl.target : target};
    m_queue.enqueue(r);
    // Always from the event loop: callers connect to the answer after asking.
    QMetaObject::invokeMethod(this, &LabelPrinter::next, Qt::QueuedConnection);
    return r.id;
}

void LabelPrinter::jobFinished(const Profile &profile, const ResultRow &row)
{
    if (!row.passed() || !profile.label.printsOnPass())
        return;
    print(profile.label, LabelData::fromResult(row));
}

void LabelPrinter::next()
{
    if (m_busy)
        return;
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_busy = true;
    run(m_queue.dequeue());
}

void LabelPrinter::done(const Request &r, const QString &error, const QString &where)
{
    m_deadline.stop();
    m_deadline.disconnect(this);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_busy = false;
    if (error.isEmpty()) {
        qCInfo(lcLabel) << "label for" << r.data.deviceId << "printed to" << where;
        emit printed(r.id, r.data, where);
    } else {
        qCWarning(lcLabel) << "label for" << r.data.deviceId << "not printed:" << error;
        emit failed(r.id, r.data, error);
    }
    QMetaObject::invokeMethod(this, &LabelPrinter::next, Qt::QueuedConnection);
}

void LabelPrinter::run(const Request &r)
{
    if (r.target.isEmpty())
        return done(r, tr("no label target: set label.target in the profile or give one"));
    const auto target = LabelTarget::parse(r.target);
    if (!target)
        return done(r, target.error());
    const auto layout = LabelRenderer::make(r.tpl, r.data);
    if (!layout)
        return done(r, layout.error());
    if (target->kind == LabelTarget::Kind::Cups) {
        if (!m_cups)
            return done(r, tr("printing to a CUPS printer needs the station window (QtPrintSupport)"));
        return done(r, m_cups(r.tpl, r.data, target->queue), target->toString());
    }
    const auto bytes = layout->render(target->format());
    if (!bytes)
        return done(r, bytes.error());
    if (target->kind == LabelTarget::Kind::Tcp)
        return sendTcp(r, *target, *bytes);
    const QString path = filePath(target->path, r.data);
    const QString dir = QFileInfo(path).absolutePath();
    QString error;
    if (!QDir().mkpath(dir))
        return done(r, tr("cannot create the folder %1").arg(dir));
    if (!files::writeAtomically(path, *bytes, false, &error))
        return done(r, error);
    done(r, {}, path);
}

void LabelPrinter::sendTcp(const Request &r, const LabelTarget &target, const QByteArray &zpl)
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    const QString where = target.toString();
    auto remaining = std::make_shared<qint64>(zpl.size());
    connect(&m_deadline, &QTimer::timeout, this, [this, r, where] {
        done(r, tr("the printer %1 did not take the label within %2 s").arg(where).arg(m_timeoutMs / 1000));
    });
    connect(socket, &QTcpSocket::connected, this, [socket, zpl] { socket->write(zpl); });
    connect(socket, &QTcpSocket::bytesWritten, this, [socket, remaining](qint64 n) {
        *remaining -= n;
        if (*remaining <= 0)
            socket->disconnectFromHost(); // a raw-TCP printer prints what it got once we close
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, r, where, remaining] {
        if (*remaining <= 0)
            done(r, {}, where);
        else
            done(r, tr("the printer %1 closed the connection before it had the whole label").arg(where));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, r, where, socket, remaining](auto) {
        if (*remaining <= 0 && socket->error() == QAbstractSocket::RemoteHostClosedError)
            return; // closed after the label went out: disconnected() reports it
        done(r, tr("cannot print to %1: %2").arg(where, socket->errorString()));
    });
    m_deadline.start(m_timeoutMs);
    socket->connectToHost(target.host, target.port);
}

} // namespace label
