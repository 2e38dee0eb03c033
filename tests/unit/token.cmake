# Owned by issue 17 (CA key on a PKCS#11 token): core/pki/token.*, the profile's token fields.
list(APPEND UNIT_CLASSES PkiTokenUriTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkitoken.cpp)
