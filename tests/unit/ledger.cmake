# Owned by the issuance ledger (issue 17): LedgerEntry, the ledger in the results store (SQLite),
# the signed export and its verification (docs/ledger.md). The PostgreSQL line and the CLI:
# tests/integration/ledger.cmake.
list(APPEND UNIT_CLASSES LedgerTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/../ledgersupport.h ${CMAKE_CURRENT_LIST_DIR}/tst_ledger.cpp)
