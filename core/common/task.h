#pragma once

// A minimal coroutine runtime for event-driven sequences on the Qt event loop.
//
//   Task<T>     a lazy coroutine; co_await it from another Task, or start() the outermost one.
//               Destroying a Task destroys its frame and, through it, whatever it awaits: that is
//               how a job is cancelled.
//   Waiter<T>   an awaitable that some signal completes, with a deadline. co_await gives
//               std::optional<T>: nullopt means the deadline passed first.
//
// Exceptions are not used in this code base: an exception escaping a coroutine terminates.
// Resumption always happens from the event loop (a queued call owned by the awaiter), never from
// inside the signal emission that completed it, so a frame is never destroyed under a running slot.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace coro {

template<typename T = void> class Task;

namespace detail {

struct PromiseBase
{
    std::coroutine_handle<> continuation;
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct Final
    {
        bool await_ready() noexcept { return false; }
        template<typename P> std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept
        {
            if (auto c = h.promise().continuation)
                return c;
            return std::noop_coroutine();
        }
        void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
};

template<typename T> struct Promise : PromiseBase
{
    std::optional<T> value;
    Task<T> get_return_object();
    void return_value(T v) { value = std::move(v); }
};

template<> struct Promise<void> : PromiseBase
{
    Task<void> get_return_object();
    void return_void() {}
};

} // namespace detail

template<typename T> class [[nodiscard]] Task
{
public:
    using promise_type = detail::Promise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Task() = default;
    explicit Task(Handle h)
        : m_h(h)
    {
    }
    Task(Task &&o) noexcept
        : m_h(std::exchange(o.m_h, {}))
    {
    }
    Task &operator=(Task &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    ~Task() { reset(); }

    /// Runs the outermost task until its first suspension.
    void start()
    {
        if (m_h && !m_h.done())
            m_h.resume();
    }
    bool isDone() const { return !m_h || m_h.done(); }
    void reset()
    {
        if (m_h)
            m_h.destroy();
        m_h = {};
    }

    auto operator co_await() &&noexcept
    {
        struct Awaiter
        {
            Handle h;
            bool await_ready() noexcept { return !h || h.done(); }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<> cont) noexcept
            {
                h.promise().continuation = cont;
                return h;
            }
            T await_resume()
            {
                Q_ASSERT(h); // co_await on an empty Task is a programming error
                if constexpr (!std::is_void_v<T>)
                    return std::move(*h.promise().value);
            }
        };
        return Awaiter{m_h};
    }

private:
    Handle m_h;
};

namespace detail {
template<typename T> Task<T> Promise<T>::get_return_object()
{
    return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Task<void> Promise<void>::get_return_object()
{
    return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
} // namespace detail

/// Completed by whoever calls complete() (usually a slot connected with on()), or by its deadline.
/// Connections made with on() live exactly as long as the Waiter.
template<typename T = bool> class Waiter
{
public:
    explicit Waiter(std::chrono::milliseconds deadline)
        : m_deadline(deadline)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { resumeLater(); });
    }
    Waiter(const Waiter &) = delete;
    Waiter &operator=(const Waiter &) = delete;

    /// Connects @p signal of @p sender to @p slot for the Waiter's lifetime.
    template<typename Sender, typename Signal, typename Slot> void on(const Sender *sender, Signal signal, Slot slot)
    {
        QObject::connect(sender, signal, &m_context, std::move(slot));
    }
    void complete(T value)
    {
        if (m_value || m_finished)
            return;
        m_value = std::move(value);
        m_timer.stop();
        resumeLater();
    }
    bool isCompleted() const { return m_value.has_value(); }

    bool await_ready() const noexcept { return m_value.has_value(); }
    void await_suspend(std::coroutine_handle<> h)
    {
        m_handle = h;
        m_timer.start(m_deadline);
    }
    std::optional<T> await_resume() { return std::move(m_value); }

private:
    void resumeLater()
    {
        m_finished = true;
        if (!m_handle)
            return;
        // Queued and owned by m_context: if the frame (and so this Waiter) dies first, the call
        // is dropped with it.
        QMetaObject::invokeMethod(
            &m_context, [h = m_handle] { h.resume(); }, Qt::QueuedConnection);
        m_handle = {};
    }

    std::chrono::milliseconds m_deadline;
    QObject m_context;
    QTimer m_timer;
    std::optional<T> m_value;
    std::coroutine_handle<> m_handle;
    bool m_finished = false;
};

/// co_await delay(ms): waits for time to pass (a retry-after, a guard time) - an event with a deadline.
inline Task<void> delay(std::chrono::milliseconds ms)
{
    Waiter<bool> w(ms);
    co_await w;
}

} // namespace coro
