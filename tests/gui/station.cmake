# Results history and certificate tools (ui/results, ui/certs).
list(APPEND GUI_CLASSES ResultsViewTest CertificateToolsTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_results.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_certtools.cpp)
list(APPEND GUI_LIBS provui)
