# Owned by issue 17 (CA key on a PKCS#11 token): SoftHSM2 as the token, the CLI, the job and the
# simulated line with the CA key on it.
list(APPEND INTEGRATION_CLASSES TokenCaTest TokenProvisioningTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_token.cpp ${CMAKE_CURRENT_LIST_DIR}/../softhsmsupport.h)
