list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/devicestatuspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/devicestatuspanel.cpp)
