# Owned by the reliability area (issue 12): one station process provisions >= 500 simulated
# modules back to back; resident memory and open descriptors printed along the way.
add_executable(bench_soak ${CMAKE_CURRENT_LIST_DIR}/bench_soak.cpp)
target_link_libraries(bench_soak PRIVATE provcore)
set_target_properties(bench_soak PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
