# Hostile input and keys at rest (issue 12): the bad-input table (data/badinput.table) and the
# keys-at-rest rules of the CLI, lint and the test bed.
list(APPEND INTEGRATION_CLASSES BadInputTableTest KeysAtRestTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_badinput.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_keysatrest.cpp)
