# Owned by packaging (issue 15): provstation-cli doctor against a keyring that answers.
list(APPEND KEYCHAIN_CLASSES DoctorKeychainTest)
list(APPEND KEYCHAIN_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_doctorkeychain.cpp)
