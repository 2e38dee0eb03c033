# Owned by issue 17 (labels): core/label.
list(APPEND UNIT_CLASSES LabelTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_label.cpp)
