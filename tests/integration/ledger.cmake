# Owned by the issuance ledger (issue 17): provstation-cli ledger export|verify run as built, the
# signature checked by openssl, certificates recorded by demo runs, a key on a SoftHSM token, and
# two stations on one real PostgreSQL server keeping one chain (docs/ledger.md).
list(APPEND INTEGRATION_CLASSES LedgerCliTest LedgerLineTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ledgersupport.h
    ${CMAKE_CURRENT_LIST_DIR}/../pgserver.h
    ${CMAKE_CURRENT_LIST_DIR}/../softhsmsupport.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_ledgercli.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_ledgerline.cpp)
