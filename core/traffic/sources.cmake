# core/traffic: the bounded traffic log, field decoding for the inspector, and the exporters /
# importers (text in the seed log's style, CSV, pcapng with LINKTYPE_USER0). No widgets.
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/trafficlog.h ${CMAKE_CURRENT_LIST_DIR}/trafficlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficdecode.h ${CMAKE_CURRENT_LIST_DIR}/trafficdecode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficexport.h ${CMAKE_CURRENT_LIST_DIR}/trafficexport.cpp)
