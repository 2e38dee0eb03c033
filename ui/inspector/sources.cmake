# ui/inspector: the traffic inspector dock (batched table model, filter, detail tree, hex view).
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/trafficmodel.h ${CMAKE_CURRENT_LIST_DIR}/trafficmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficfiltermodel.h ${CMAKE_CURRENT_LIST_DIR}/trafficfiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hexview.h ${CMAKE_CURRENT_LIST_DIR}/hexview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trafficinspector.h ${CMAKE_CURRENT_LIST_DIR}/trafficinspector.cpp)
