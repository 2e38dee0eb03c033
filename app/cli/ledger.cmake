# Owned by the issuance ledger (issue 17): provstation-cli ledger export|verify (docs/ledger.md).
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_ledger.cpp)
