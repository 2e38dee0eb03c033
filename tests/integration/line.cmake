# A factory line (issue 16): the results store on a real PostgreSQL 15 server, stations sharing it.
list(APPEND INTEGRATION_CLASSES ResultStorePgTest LineCliTest LineIdentityTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../pgserver.h
    ${CMAKE_CURRENT_LIST_DIR}/../resultstorecontract.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_linestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_linecli.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_lineidentity.cpp)
