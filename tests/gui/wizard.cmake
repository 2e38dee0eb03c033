# The provisioning wizard and the main window, typed into and clicked like a person does, against
# the built-in simulation (local Azure + uxsim).
list(APPEND GUI_CLASSES WizardTypingTest OperatorPathTest CloudPrepareGuiTest MainWindowTest StationSettingsTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/guitest.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_wizardtyping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_operator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_cloudgui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_stationsettings.cpp)
list(APPEND GUI_LIBS provui)
