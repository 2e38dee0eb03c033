# Station view, results history and certificate tools (ui/station, ui/results, ui/certs); the line's
# station window with a PostgreSQL server that goes away (issue 16).
list(APPEND GUI_CLASSES StationViewTest ResultsViewTest CertificateToolsTest LineGuiTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_stationview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_results.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_certtools.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../pgserver.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_linegui.cpp)
list(APPEND GUI_LIBS provui)
# Run as "nobody" by tests/run_as_nobody.sh, with a port that user may not open.
list(APPEND GUI_NOBODY_CLASSES PortPermissionTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_portpermission.cpp)
