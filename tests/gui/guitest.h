#pragma once

// Shared by the GUI tests: a station on the built-in simulation, the main window shown and active,
// and the hands of a person: click into a widget and type, press keys, click buttons. Nothing here
// sets a widget's value from code.

#include "link/ports.h"
#include "mainwindow.h"
#include "provisioning/secretstore.h"
#include "provisioning/simulation.h"
#include "provisioning/station.h"
#include "simulationsupport.h"

#include <memory>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace guitest {

template<typename T> T *find(QObject *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

/// Waits (bounded) until a visible @p T named @p name is under @p root, as a person waits for a
/// dialog to appear; null when none came.
template<typename T> T *waitForShown(QObject *root, const QString &name, int timeoutMs = 5000)
{
    T *w = nullptr;
    QTest::qWaitFor(
        [&] {
            w = root->findChild<T *>(name);
            return w && w->isVisible();
        },
        timeoutMs);
    return w && w->isVisible() ? w : nullptr;
}

/// Waits (bounded) for the menu a mnemonic opened.
inline QMenu *waitForMenu(int timeoutMs = 5000)
{
    QMenu *menu = nullptr;
    QTest::qWaitFor(
        [&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu != nullptr;
        },
        timeoutMs);
    return menu;
}

/// The window manager's part: the window of @p w is active (after a dialog or a popup closed, the
/// offscreen platform does not activate the window below by itself).
inline bool ensureActive(QWidget *w)
{
    QWidget *window = w->window();
    if (QApplication::activeWindow() == window)
        return true;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window, 2000);
}

/// Clicks into @p w (as a person would, to give it the focus), selects what is there and types
/// @p text. Returns false when the widget did not take the focus.
inline bool typeInto(QWidget *w, const QString &text)
{
    if (!w || !w->isVisible() || !w->isEnabled()) {
        qWarning("%s is not there to type into", w ? qPrintable(w->objectName()) : "(null)");
        return false;
    }
    ensureActive(w);
    QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(qMin(20, w->width() / 2), w->height() / 2));
    if (!QTest::qWaitFor([w] { return w->hasFocus() || (w->focusProxy() && w->focusProxy()->hasFocus()); }, 2000)) {
        qWarning("%s did not take the focus (the active window is %s)", qPrintable(w->objectName()),
                 QApplication::activeWindow() ? qPrintable(QApplication::activeWindow()->objectName()) : "none");
        return false;
    }
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    QTest::keyClicks(target, text);
    return true;
}

/// Clicks a spin box, replaces its value by typing, and confirms with Tab.
inline bool typeNumber(QSpinBox *spin, int value)
{
    if (!typeInto(spin, QString::number(value)))
        return false;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return true;
}

/// Chooses the item of @p combo whose data is @p data as a person does: click to open the list,
/// Home, Down until the item is current, Return.
inline bool chooseRowByKeyboard(QComboBox *combo, int target)
{
    if (!combo || target < 0 || target >= combo->count() || !combo->isVisible() || !combo->isEnabled())
        return false;
    ensureActive(combo);
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }, 2000))
        return false;
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < combo->count() && view->currentIndex().row() != target; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    return QTest::qWaitFor([combo, target] { return combo->currentIndex() == target && !combo->view()->isVisible(); },
                           2000);
}

/// The same, for the item whose data is @p data.
inline bool chooseByKeyboard(QComboBox *combo, const QVariant &data)
{
    return combo && chooseRowByKeyboard(combo, combo->findData(data));
}

/// Clicks the tab @p index of @p tabs, as a person does.
inline bool clickTab(QTabWidget *tabs, int index)
{
    if (!tabs || index < 0 || index >= tabs->count())
        return false;
    ensureActive(tabs);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return QTest::qWaitFor([tabs, index] { return tabs->currentIndex() == index; }, 2000);
}

inline bool click(QObject *root, const QString &name)
{
    auto *b = find<QAbstractButton>(root, name);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    ensureActive(b);
    // Near the left edge: a check box reacts on its box and text, not on the empty rest of its row.
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(qMin(8, b->width() / 2), b->height() / 2));
    return true;
}

/// A station on the built-in simulation (local Azure + uxsim), with the simulation's secrets, its
/// modules known to the capability gate and a results database in the simulation's folder.
struct Bed
{
    std::unique_ptr<Simulation> sim;
    std::unique_ptr<Station> station;
    std::unique_ptr<MainWindow> window;

    /// @p makeSlots: make the simulated ports the station's slots (false: the test adds them itself).
    bool start(Simulation::Options options = {}, bool makeSlots = true)
    {
        sim = testbed::startSimulation(options);
        if (!sim)
            return false;
        station = std::make_unique<Station>();
        sim->connectStation(*station);
        station->openResults(sim->workDir() + QStringLiteral("/results.sqlite"));
        station->setProfile(sim->profile());
        // The system never lists pseudo-terminals: the port enumeration offers the simulated ones.
        const QStringList simPorts = sim->ports();
        ports::setSource([simPorts] {
            QList<PortInfo> out;
            for (const QString &p : simPorts)
                out.append({p,
                            p.section(u'/', -1),
                            QStringLiteral("uxsim"),
                            QStringLiteral("u-blox (simulated)"),
                            {},
                            0x1546,
                            0x0504});
            return out;
        });
        if (makeSlots && !station->setPorts(simPorts))
            return false;
        return QTest::qWaitFor([this] { return station->resultsState() == Station::ResultsState::Ready; }, 10000);
    }

    ~Bed() { reset(); }
    /// Window first, then the station, then the simulators.
    void reset()
    {
        window.reset();
        station.reset();
        sim.reset();
        ports::setSource({});
    }

    /// Shows the main window and waits until it is the active window (keyboard input goes there).
    bool show()
    {
        window = std::make_unique<MainWindow>(station.get());
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get(), 5000);
    }

    /// Engineer mode the way an engineer gets it: the password dialog, typed twice the first time.
    bool becomeEngineer(const QString &password = QStringLiteral("engineer-pw"))
    {
        window->requestEngineerMode();
        QLineEdit *first = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    first = window->findChild<QLineEdit *>(QStringLiteral("engineerPasswordEdit"));
                    return first && first->isVisible() && first->isEnabled();
                },
                5000))
            return false;
        QWidget *dialog = first->window();
        if (!QTest::qWaitForWindowActive(dialog, 5000) || !typeInto(first, password))
            return false;
        if (auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("engineerConfirmEdit"));
            confirm && confirm->isVisible() && !typeInto(confirm, password))
            return false;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return QTest::qWaitFor([this] { return station->isEngineerMode(); }, 5000) && ensureActive(window.get());
    }
};

} // namespace guitest
