list(APPEND INTEGRATION_CLASSES EngineFlowTest EngineFailureTest EngineOverlapTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/enginehelpers.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_engineflows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_enginefailures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_engineoverlap.cpp)
