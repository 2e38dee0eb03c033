# Owned by the credentials area (issue 5): core/pki and core/azure.
list(APPEND UNIT_CLASSES
    AzureSasTest AzureIdentifierTest AzureMqttNamesTest AzureUdcpTest AzureDpsResponseTest
    PkiKeyTest PkiCertificateTest PkiLoaderTest PkiLintTest PkiTrustTest)
list(APPEND UNIT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_azure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_pki.cpp)
