# Owned by the provisioning stores (issue 6): the real QtKeychain under a private D-Bus session
# with an unlocked, throw-away gnome-keyring. The ctest command must run through the wrapper
# (ps_add_test_tier ... WRAPPER ${KEYCHAIN_WRAPPER}); by hand:
#   tests/keychain/run_with_keyring.sh build/tests/tst_keychain KeychainStoreTest
list(APPEND KEYCHAIN_CLASSES KeychainStoreTest)
list(APPEND KEYCHAIN_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keychainstore.cpp)
set(KEYCHAIN_WRAPPER ${CMAKE_CURRENT_LIST_DIR}/run_with_keyring.sh)
