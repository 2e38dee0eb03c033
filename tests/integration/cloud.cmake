# Local Azure (sim/cloud) against real MQTT clients. Needs the simulators to be built.
if(TARGET local-azure)
    list(APPEND INTEGRATION_CLASSES CloudDpsTest CloudHubTest CloudToolTest)
    list(APPEND INTEGRATION_SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/tst_cloud.cpp
        ${CMAKE_CURRENT_LIST_DIR}/cloud/localazure.h)
    list(APPEND INTEGRATION_LIBS PkgConfig::MOSQUITTO Qt6::Network)
endif()
