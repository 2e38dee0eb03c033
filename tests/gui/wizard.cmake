# The provisioning wizard, the device status panel and the main window, driven by objectName
# against the built-in simulation (local Azure + uxsim).
list(APPEND GUI_CLASSES WizardEngineerTest WizardOperatorTest MainWindowTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wizardtesthelpers.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_wizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_wizardoperator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_wizardmainwindow.cpp)
list(APPEND GUI_LIBS provui)
