# Results history and certificate tools (ui/results, ui/certs); the line's station window with a
# PostgreSQL server that goes away (issue 16).
list(APPEND GUI_CLASSES ResultsViewTest CertificateToolsTest LineGuiTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_results.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_certtools.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../pgserver.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_linegui.cpp)
list(APPEND GUI_LIBS provui)
