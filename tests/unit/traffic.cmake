list(APPEND UNIT_CLASSES TrafficLogTest TrafficExportTest)
list(APPEND UNIT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_trafficlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_trafficexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficsession.h)
