# Owned by the cloud area (issue 14): the station's service clients and cloud setup against local
# Azure's service APIs; the CLI's `cloud` commands and `demo --prepare-cloud`.
if(TARGET local-azure)
    list(APPEND INTEGRATION_CLASSES CloudServiceTest CloudSetupTest CliCloudTest CloudSdkTest)
    list(APPEND INTEGRATION_SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/tst_cloudapi.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_cloudsetup.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_clicloud.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_cloudsdk.cpp
        ${CMAKE_CURRENT_LIST_DIR}/cloud/nodesdk.h
        ${CMAKE_CURRENT_LIST_DIR}/cloud/servicesupport.h)
endif()
