list(APPEND LINK_CLASSES ModuleLinkTest)
list(APPEND LINK_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/fakes/faketransport.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_modulelink.cpp)
