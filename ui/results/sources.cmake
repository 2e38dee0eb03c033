# Results history: the ResultStore in a lazily loaded table that takes each finished attempt, a
# detail pane, CSV export, and the line's figures as a chart (Qt Charts, issue 16).
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_link_libraries(provui PUBLIC Qt6::Charts)
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/resultsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/resultsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linestatsview.h
    ${CMAKE_CURRENT_LIST_DIR}/linestatsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultsview.h
    ${CMAKE_CURRENT_LIST_DIR}/resultsview.cpp)
