#pragma once

#include <QMainWindow>

/// The station's main window. The shell for now: menus, status bar and an empty central area
/// that the wizard, the station view and the inspector dock fill in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
