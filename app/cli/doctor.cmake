# Owned by packaging (issue 15): provstation-cli doctor.
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_doctor.cpp)
