#pragma once

// PROVSTATION_STARTUP_TRACE (bench/bench_startup.cpp): when set, the app prints to standard error
// one line per start-up stage with the system's monotonic clock, which the bench compares with
// the moment it started the process:
//
//   provstation-startup <stage> <CLOCK_MONOTONIC ns>
//
// Stages: main (main() entered), shown (window.show() returned), painted (the first paint event
// of any widget of the main window), simulation (the simulated ports are in the station), usable
// (painted and, with --simulate, the simulated ports ready: the operator can press Start). With
// the value "quit" the app quits once usable. Without the variable nothing is printed.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

#include <cstdio>
#include <ctime>

class StartupTrace : public QObject
{
public:
    explicit StartupTrace(bool waitForSimulation)
        : m_on(qEnvironmentVariableIsSet("PROVSTATION_STARTUP_TRACE"))
        , m_quit(qEnvironmentVariable("PROVSTATION_STARTUP_TRACE") == QLatin1String("quit"))
        , m_simulationReady(!waitForSimulation)
    {
    }

    static void mark(const char *stage)
    {
        if (!qEnvironmentVariableIsSet("PROVSTATION_STARTUP_TRACE"))
            return;
        timespec t{};
        clock_gettime(CLOCK_MONOTONIC, &t);
        std::fprintf(stderr, "provstation-startup %s %lld\n", stage, qint64(t.tv_sec) * 1000000000LL + t.tv_nsec);
        std::fflush(stderr);
    }

    /// Watches for the first paint of @p window's widgets.
    void watch(QWidget *window)
    {
        if (!m_on)
            return;
        m_window = window;
        qApp->installEventFilter(this);
    }
    void simulationReady()
    {
        if (!m_on || m_simulationReady)
            return;
        m_simulationReady = true;
        mark("simulation");
        maybeUsable();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_painted = true;
            qApp->removeEventFilter(this);
            mark("painted");
            maybeUsable();
        }
        return false;
    }

private:
    void maybeUsable()
    {
        if (!m_painted || !m_simulationReady || m_usable)
            return;
        m_usable = true;
        mark("usable");
        if (m_quit)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }

    bool m_on;
    bool m_quit;
    bool m_simulationReady;
    bool m_painted = false;
    bool m_usable = false;
    QWidget *m_window = nullptr;
};
