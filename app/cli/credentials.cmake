# Owned by the credentials area (issue 5): sas, derive-key, pki.
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_sas.cpp ${CMAKE_CURRENT_LIST_DIR}/cmd_pki.cpp)
