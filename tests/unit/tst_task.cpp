// The coroutine runtime the job is written in: values flow through nested tasks, a Waiter gives
// its value or nullopt at its deadline, and destroying a suspended task cancels it cleanly.

#include "common/task.h"
#include "testregistry.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

class Emitter : public QObject
{
    Q_OBJECT
signals:
    void value(int v);
};

coro::Task<int> waitForValue(Emitter *e, std::chrono::milliseconds deadline)
{
    coro::Waiter<int> w(deadline);
    w.on(e, &Emitter::value, [&w](int v) { w.complete(v); });
    const auto v = co_await w;
    co_return v.value_or(-1);
}

coro::Task<int> sumOfTwo(Emitter *e, QList<int> *log)
{
    const int a = co_await waitForValue(e, 2s);
    log->append(a);
    const int b = co_await waitForValue(e, 2s);
    log->append(b);
    co_return a + b;
}

coro::Task<void> outer(Emitter *e, QList<int> *log, bool *done)
{
    const int s = co_await sumOfTwo(e, log);
    log->append(s);
    *done = true;
}

} // namespace

class TaskTest : public QObject
{
    Q_OBJECT
private slots:
    void nestedTasksPassValuesInOrder()
    {
        Emitter e;
        QList<int> log;
        bool done = false;
        coro::Task<void> t = outer(&e, &log, &done);
        t.start();
        QVERIFY(!done);
        emit e.value(2);
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 1, 2000);
        emit e.value(5);
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        QCOMPARE(log, (QList<int>{2, 5, 7}));
        QVERIFY(t.isDone());
    }

    void aWaiterGivesNulloptAtItsDeadline()
    {
        Emitter e;
        QList<int> log;
        bool done = false;
        auto task = [&]() -> coro::Task<void> {
            log.append(co_await waitForValue(&e, 20ms));
            done = true;
        };
        coro::Task<void> t = task();
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        QCOMPARE(log, QList<int>{-1});
    }

    void aValueArrivingBeforeTheAwaitIsNotLost()
    {
        coro::Waiter<int> w(1s);
        w.complete(42);
        QVERIFY(w.await_ready());
        QCOMPARE(w.await_resume(), std::optional<int>(42));
    }

    void destroyingASuspendedTaskCancelsItWithoutResuming()
    {
        Emitter e;
        QList<int> log;
        bool done = false;
        {
            coro::Task<void> t = outer(&e, &log, &done);
            t.start();
        }                // destroyed while waiting for the first value
        emit e.value(1); // nobody listens any more
        // Deliver everything queued: a stale resumption would run here.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(log.isEmpty());
        QVERIFY(!done);
    }

    void resumptionHappensFromTheEventLoopNotInsideTheSignal()
    {
        Emitter e;
        QList<int> log;
        bool done = false;
        coro::Task<void> t = outer(&e, &log, &done);
        t.start();
        emit e.value(3);
        QVERIFY(log.isEmpty()); // not yet: the resume is queued
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 1, 2000);
    }
};

PS_REGISTER_TEST(TaskTest);
#include "tst_task.moc"
