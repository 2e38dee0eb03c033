# Owned by the results area (issue 16): write throughput of a line for both drivers, and what a
# recorded row costs the History table (issue 13). Uses the tests' PostgreSQL starter.
add_executable(bench_results ${CMAKE_CURRENT_LIST_DIR}/bench_results.cpp)
target_include_directories(bench_results PRIVATE ${CMAKE_SOURCE_DIR}/tests)
target_link_libraries(bench_results PRIVATE provui)
set_target_properties(bench_results PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
