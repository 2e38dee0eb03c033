# core/azure/service: the cloud side without the portal. IoT Hub registry and DPS service clients
# over Qt Network (connection strings, service SAS, TLS, retries, ETags, error causes) and CloudSetup,
# which makes the cloud match a profile.
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/connectionstring.h ${CMAKE_CURRENT_LIST_DIR}/connectionstring.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serviceclient.h ${CMAKE_CURRENT_LIST_DIR}/serviceclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registryclient.h ${CMAKE_CURRENT_LIST_DIR}/registryclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dpsserviceclient.h ${CMAKE_CURRENT_LIST_DIR}/dpsserviceclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudsetup.h ${CMAKE_CURRENT_LIST_DIR}/cloudsetup.cpp)
