# Issue 12: DPS / hub answers, the profile loader and the capture importer.
ps_add_fuzzer(fuzz_dps ${CMAKE_CURRENT_LIST_DIR}/fuzz_dps.cpp)
ps_add_fuzzer(fuzz_profile ${CMAKE_CURRENT_LIST_DIR}/fuzz_profile.cpp)
ps_add_fuzzer(fuzz_capture ${CMAKE_CURRENT_LIST_DIR}/fuzz_capture.cpp)
