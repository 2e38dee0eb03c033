# Gang station view: one tile per slot (port) of a Station.
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stationtile.h
    ${CMAKE_CURRENT_LIST_DIR}/stationtile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stationview.h
    ${CMAKE_CURRENT_LIST_DIR}/stationview.cpp)
