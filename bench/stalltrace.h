// Where the GUI thread is when it stalls: a watcher thread that, while the GUI thread's heartbeat
// is older than a threshold, interrupts it every 2 ms with SIGPROF; the handler keeps the stack
// (backtrace(), unwind tables, no frame pointers needed). report() prints the stacks seen most
// often, with function names and lines from addr2line. A bench diagnostic (bench_soak
// --trace-stalls MS), not for production: backtrace() in a signal handler is fine on glibc once it
// has been called outside one (it loads libgcc then), which start() does.

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <dlfcn.h>
#include <execinfo.h>
#include <pthread.h>
#include <thread>

class StallTracer
{
public:
    static constexpr int kDepth = 40;
    static constexpr int kSamples = 20000;
    static constexpr int kKeyDepth = 14;

    explicit StallTracer(int thresholdMs)
        : m_thresholdNs(qint64(thresholdMs) * 1000000)
    {
    }
    ~StallTracer() { stop(); }

    /// Call on the GUI thread.
    void start()
    {
        s_self = this;
        void *warm[2];
        backtrace(warm, 2);
        struct sigaction sa = {};
        sa.sa_handler = &StallTracer::onSignal;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGPROF, &sa, nullptr);
        m_gui = pthread_self();
        beat();
        m_running = true;
        m_watcher = std::thread([this] { watch(); });
    }

    /// Call on the GUI thread whenever it is free (a short timer).
    void beat() { m_lastBeat.store(nowNs(), std::memory_order_relaxed); }

    void stop()
    {
        if (!m_running.exchange(false))
            return;
        m_watcher.join();
        signal(SIGPROF, SIG_DFL);
    }

    void report(int top = 8) const
    {
        const int n = std::min(m_count.load(), kSamples);
        std::printf("\n  stall trace: %d samples (2 ms apart) while the GUI thread was late by more than %lld ms\n", n,
                    m_thresholdNs / 1000000);
        QHash<QByteArray, int> counts;
        QHash<QByteArray, int> firstOf;
        for (int i = 0; i < n; ++i) {
            const int depth = std::min(m_samples[i].depth, kKeyDepth);
            const QByteArray key(reinterpret_cast<const char *>(m_samples[i].frames.data()),
                                 int(sizeof(void *)) * depth);
            if (!counts.contains(key))
                firstOf.insert(key, i);
            ++counts[key];
        }
        // Grouped by the innermost kKeyDepth frames (the handler's two included).
        QList<QByteArray> keys = counts.keys();
        std::sort(keys.begin(), keys.end(),
                  [&](const QByteArray &a, const QByteArray &b) { return counts[a] > counts[b]; });
        for (qsizetype k = 0; k < std::min<qsizetype>(top, keys.size()); ++k) {
            const Sample &s = m_samples[firstOf[keys[k]]];
            std::printf("\n  -- %d samples (%.0f ms):\n", counts[keys[k]], counts[keys[k]] * 2.0);
            for (int f = 2; f < s.depth; ++f)
                std::printf("     %s\n", qPrintable(describe(s.frames[f])));
        }
    }

private:
    struct Sample
    {
        std::array<void *, kDepth> frames{};
        int depth = 0;
    };

    static qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    static void onSignal(int)
    {
        StallTracer *t = s_self;
        const int i = t->m_count.fetch_add(1);
        if (i >= kSamples)
            return;
        t->m_samples[i].depth = backtrace(t->m_samples[i].frames.data(), kDepth);
    }

    void watch()
    {
        while (m_running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            if (nowNs() - m_lastBeat.load(std::memory_order_relaxed) > m_thresholdNs)
                pthread_kill(m_gui, SIGPROF);
        }
    }

    static QString describe(void *address)
    {
        Dl_info info{};
        if (!dladdr(address, &info) || !info.dli_fname)
            return QStringLiteral("%1").arg(quintptr(address), 0, 16);
        const quintptr offset = quintptr(address) - quintptr(info.dli_fbase) - 1;
        QProcess p;
        p.start(QStringLiteral("addr2line"),
                {QStringLiteral("-f"), QStringLiteral("-C"), QStringLiteral("-i"), QStringLiteral("-e"),
                 QString::fromLocal8Bit(info.dli_fname), QStringLiteral("0x%1").arg(offset, 0, 16)});
        p.waitForFinished(5000);
        const QStringList lines = QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QStringList out;
        for (qsizetype i = 0; i + 1 < lines.size(); i += 2)
            out << QStringLiteral("%1 (%2)").arg(lines[i].left(110), lines[i + 1].section(u'/', -2));
        if (out.isEmpty() || out.first().startsWith(u'?'))
            return QStringLiteral("%1 %2").arg(QString::fromLocal8Bit(info.dli_sname ? info.dli_sname : "?"),
                                               QString::fromLocal8Bit(info.dli_fname).section(u'/', -1));
        return out.join(QStringLiteral("\n       inlined in "));
    }

    inline static StallTracer *s_self = nullptr;
    const qint64 m_thresholdNs;
    pthread_t m_gui{};
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_lastBeat{0};
    std::atomic<int> m_count{0};
    std::array<Sample, kSamples> m_samples{};
    std::thread m_watcher;
};
