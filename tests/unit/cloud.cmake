# Owned by the cloud area (issue 14): core/azure/service without a network.
list(APPEND UNIT_CLASSES ServiceConnectionStringTest ServiceErrorTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloudservice.cpp)
