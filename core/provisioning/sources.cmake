list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/resultstore.h ${CMAKE_CURRENT_LIST_DIR}/resultstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultsurl.h ${CMAKE_CURRENT_LIST_DIR}/resultsurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linestats.h ${CMAKE_CURRENT_LIST_DIR}/linestats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h ${CMAKE_CURRENT_LIST_DIR}/secretstore.cpp)
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/profile.h ${CMAKE_CURRENT_LIST_DIR}/profile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/job.h ${CMAKE_CURRENT_LIST_DIR}/job_p.h ${CMAKE_CURRENT_LIST_DIR}/job.cpp
    ${CMAKE_CURRENT_LIST_DIR}/job_wifi.cpp ${CMAKE_CURRENT_LIST_DIR}/job_cloud.cpp)
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/station.h ${CMAKE_CURRENT_LIST_DIR}/station.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simulation.h ${CMAKE_CURRENT_LIST_DIR}/simulation.cpp)
list(APPEND PROVCORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/result.h ${CMAKE_CURRENT_LIST_DIR}/result.cpp)
# The issuance ledger (issue 17): entries of the hash chain and its signed export (docs/ledger.md).
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ledgerentry.h ${CMAKE_CURRENT_LIST_DIR}/ledgerentry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgerfile.h ${CMAKE_CURRENT_LIST_DIR}/ledgerfile.cpp)
