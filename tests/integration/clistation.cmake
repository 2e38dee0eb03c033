list(APPEND INTEGRATION_CLASSES CliStationTest CliCredentialsTest CliLoopTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clistation.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_cliloop.cpp)
