list(APPEND UNIT_CLASSES TaskTest ProfileTest CapabilitiesTest OutcomeTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_task.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_profile.cpp)
