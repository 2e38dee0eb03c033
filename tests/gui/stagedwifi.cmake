# Owned by issue 17 (staged Wi-Fi): the field network typed into the engineer's Wi-Fi page and
# provisioned onto a simulated module that only sees the line network.
list(APPEND GUI_CLASSES StagedWifiGuiTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stagedwifigui.cpp)
