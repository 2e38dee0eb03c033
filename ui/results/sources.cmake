# Results history: the ResultStore in a sortable, filterable table, a detail pane, CSV export.
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/resultsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/resultsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultsview.h
    ${CMAKE_CURRENT_LIST_DIR}/resultsview.cpp)
