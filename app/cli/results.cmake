# Owned by the results area (issue 16): results list/export/stats/migrate and the --results options.
list(APPEND CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/cmd_results.h ${CMAKE_CURRENT_LIST_DIR}/cmd_results.cpp)
