# Owned by the labels area (issue 17): provstation-cli label.
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_label.cpp)
