add_executable(bench_traffic ${CMAKE_CURRENT_LIST_DIR}/bench_traffic.cpp)
target_link_libraries(bench_traffic PRIVATE provui)
set_target_properties(bench_traffic PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
