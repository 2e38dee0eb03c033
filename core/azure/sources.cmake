# core/azure: SAS tokens, derived keys, MQTT names, AT+UDCP URL builder, DPS answers, identifier rules.
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/sas.h ${CMAKE_CURRENT_LIST_DIR}/sas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identifiers.h ${CMAKE_CURRENT_LIST_DIR}/identifiers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mqttnames.h ${CMAKE_CURRENT_LIST_DIR}/mqttnames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/udcpurl.h ${CMAKE_CURRENT_LIST_DIR}/udcpurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dpsresponse.h ${CMAKE_CURRENT_LIST_DIR}/dpsresponse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/devicekeys.h ${CMAKE_CURRENT_LIST_DIR}/devicekeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/endpointprobe.h ${CMAKE_CURRENT_LIST_DIR}/endpointprobe.cpp)
