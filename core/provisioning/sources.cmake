list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/resultstore.h ${CMAKE_CURRENT_LIST_DIR}/resultstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h ${CMAKE_CURRENT_LIST_DIR}/secretstore.cpp)
