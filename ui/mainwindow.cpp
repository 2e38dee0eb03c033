#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Provisioning Station"));
    auto *placeholder = new QLabel(tr("Connect a module and choose a profile to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Provisioning Station"),
                           tr("Provisioning Station %1\nu-blox u-connectXpress modules to Azure IoT.")
                               .arg(QStringLiteral(PROVSTATION_VERSION)));
    });
    statusBar()->showMessage(tr("Ready"));
    resize(1000, 700);
}
