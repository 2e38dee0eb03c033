list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/engineerlogin.h
    ${CMAKE_CURRENT_LIST_DIR}/engineerlogin.cpp)
