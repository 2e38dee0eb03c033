# The provisioning wizard: one file per page over the Station.
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/provisioningwizard.h ${CMAKE_CURRENT_LIST_DIR}/provisioningwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardpage.h ${CMAKE_CURRENT_LIST_DIR}/wizardpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretfield.h ${CMAKE_CURRENT_LIST_DIR}/secretfield.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hubpage.h ${CMAKE_CURRENT_LIST_DIR}/hubpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/certificatespage.h ${CMAKE_CURRENT_LIST_DIR}/certificatespage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wifipage.h ${CMAKE_CURRENT_LIST_DIR}/wifipage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identitypage.h ${CMAKE_CURRENT_LIST_DIR}/identitypage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/optionspage.h ${CMAKE_CURRENT_LIST_DIR}/optionspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/provisionpage.h ${CMAKE_CURRENT_LIST_DIR}/provisionpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultpage.h ${CMAKE_CURRENT_LIST_DIR}/resultpage.cpp)
