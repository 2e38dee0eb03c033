# Owned by the cloud area (issue 14): cloud prepare | status | verify.
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_cloud.cpp)
