list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/provisioningsession.h
    ${CMAKE_CURRENT_LIST_DIR}/provisioningsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/provisioningwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/provisioningwizard.cpp)
