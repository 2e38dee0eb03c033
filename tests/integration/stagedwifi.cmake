# Owned by issue 17 (staged Wi-Fi): the line network for the test, the field network stored for the
# customer; uxsim's state file read back; the field passphrase searched for everywhere.
list(APPEND INTEGRATION_CLASSES StagedWifiTest StagedWifiCliTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stagedwifi.cpp)
list(APPEND INTEGRATION_LIBS Qt6::Network Qt6::SerialPort)
