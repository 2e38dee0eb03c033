# Bounded input and keys at rest in core (issue 12).
list(APPEND UNIT_CLASSES BoundedInputTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_boundedinput.cpp)
