#pragma once

#include "label/labeldata.h"
#include "label/labeltarget.h"
#include "label/labeltemplate.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QTcpSocket;
class Station;
struct Profile;
struct ResultRow;

namespace label {

/// Prints labels, one after the other, without blocking: ZPL to a printer on raw TCP (connect,
/// send, close, with a deadline), or a file per label (ZPL, PDF or PNG by its suffix, written
/// atomically), or a CUPS queue through a handler the GUI installs (QPrinter lives in
/// QtPrintSupport, outside core). Each request ends in printed() or failed() with a sentence; a
/// failed label is never dropped silently (reprint it from the history or the CLI).
///
/// Printing on PASS: the Station owns one and calls jobFinished() for every finished job; a module
/// that passed with a profile whose label.print is "pass" gets its label from the profile it ran with.
class LabelPrinter : public QObject
{
    Q_OBJECT
public:
    /// Prints a label on a CUPS queue: returns an error sentence, or empty when it was printed.
    using CupsHandler = std::function<QString(const LabelTemplate &, const LabelData &, const QString &queue)>;

    explicit LabelPrinter(QObject *parent = nullptr);
    ~LabelPrinter() override;

    /// Queues a label for @p data made from @p tpl, to @p target (empty: the template's target).
    /// Returns a request number that printed() / failed() repeat.
    int print(const LabelTemplate &tpl, const LabelData &data, const QString &target = {});
    /// Station hook: prints @p row's label when it passed and @p profile prints on PASS.
    void jobFinished(const Profile &profile, const ResultRow &row);

    void setCupsHandler(CupsHandler handler) { m_cups = std::move(handler); }
    /// The deadline of one TCP print (connect and send); default 10 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Requests queued or being printed.
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

signals:
    void printed(int request, const label::LabelData &data, const QString &where);
    void failed(int request, const label::LabelData &data, const QString &error);
    /// Nothing is queued or printing any more.
    void idle();

private:
    struct Request
    {
        int id = 0;
        LabelTemplate tpl;
        LabelData data;
        QString target;
    };
    void next();
    void run(const Request &r);
    void sendTcp(const Request &r, const LabelTarget &target, const QByteArray &zpl);
    void done(const Request &r, const QString &error, const QString &where = {});

    QQueue<Request> m_queue;
    bool m_busy = false;
    int m_nextId = 1;
    int m_timeoutMs = 10000;
    CupsHandler m_cups;
    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
};

} // namespace label
