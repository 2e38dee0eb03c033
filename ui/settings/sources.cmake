list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/engineerlogin.h
    ${CMAKE_CURRENT_LIST_DIR}/engineerlogin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stationsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/stationsettings.cpp)
