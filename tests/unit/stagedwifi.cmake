# Owned by issue 17 (staged Wi-Fi): the profile's field network, its JSON and its checks.
list(APPEND UNIT_CLASSES StagedWifiProfileTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stagedprofile.cpp)
