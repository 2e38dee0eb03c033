# The station without a window in a long shift (issue 12): one process provisions >= 500 simulated
# modules back to back; resident memory and open descriptors printed along the way.
add_executable(bench_stationsoak ${CMAKE_CURRENT_LIST_DIR}/bench_stationsoak.cpp)
target_link_libraries(bench_stationsoak PRIVATE provcore)
set_target_properties(bench_stationsoak PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
