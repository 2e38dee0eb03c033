# Owned by the provisioning stores (issue 6): core/provisioning/resultstore.*, secretstore.*;
# the results URL and line statistics (issue 16). The store contract also runs on PostgreSQL
# (tests/integration/line.cmake).
list(APPEND UNIT_CLASSES ResultStoreTest SecretStoreTest ResultsUrlTest StationResultsTest LineStatsTest)
list(APPEND UNIT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../resultstorecontract.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_resultstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_resultsurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_linestats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_secretstore.cpp)
