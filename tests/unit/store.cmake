# Owned by the provisioning stores (issue 6): core/provisioning/resultstore.*, secretstore.*.
list(APPEND UNIT_CLASSES ResultStoreTest SecretStoreTest)
list(APPEND UNIT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_resultstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_secretstore.cpp)
