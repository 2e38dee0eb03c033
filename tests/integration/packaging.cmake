# Owned by packaging (issue 15): provstation-cli doctor, the MIME types and the window's file arguments.
list(APPEND INTEGRATION_CLASSES DoctorTest DesktopFilesTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_doctor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_desktop.cpp)
