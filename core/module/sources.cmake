list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/capabilities.h ${CMAKE_CURRENT_LIST_DIR}/capabilities.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modulestatus.h ${CMAKE_CURRENT_LIST_DIR}/modulestatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/moduleclient.h ${CMAKE_CURRENT_LIST_DIR}/moduleclient.cpp)
