# Owned by the issuance ledger (issue 17): appends to one chain by concurrent stations on SQLite and
# PostgreSQL, and the signed export and its verification. Uses the tests' PostgreSQL starter.
add_executable(bench_ledger ${CMAKE_CURRENT_LIST_DIR}/bench_ledger.cpp)
target_include_directories(bench_ledger PRIVATE ${CMAKE_SOURCE_DIR}/tests)
target_link_libraries(bench_ledger PRIVATE provcore)
set_target_properties(bench_ledger PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
