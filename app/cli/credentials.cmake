# Owned by the credentials area (issue 5).
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_credentials_pending.cpp)
