list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/linkerror.h ${CMAKE_CURRENT_LIST_DIR}/linkerror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficrecord.h ${CMAKE_CURRENT_LIST_DIR}/trafficrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/transport.h ${CMAKE_CURRENT_LIST_DIR}/transport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ports.h ${CMAKE_CURRENT_LIST_DIR}/ports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serialtransport.h ${CMAKE_CURRENT_LIST_DIR}/serialtransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/atcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/redactor.h ${CMAKE_CURRENT_LIST_DIR}/redactor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/atreply.h ${CMAKE_CURRENT_LIST_DIR}/atreply.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modulelink.h ${CMAKE_CURRENT_LIST_DIR}/modulelink.cpp)
