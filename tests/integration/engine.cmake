list(APPEND INTEGRATION_CLASSES EngineFlowTest EngineFailureTest EngineOverlapTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/enginehelpers.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_engineflows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_enginefailures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_engineoverlap.cpp)
# The station object without Widgets (issue 10): edits while running, one job per port, wizard
# and slot together, the module status against the module.
list(APPEND INTEGRATION_CLASSES StationCoreTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stationcore.cpp)
