# Owned by the reliability area (issue 12): docs/link.md's retry table against Job::retryPolicies.
list(APPEND UNIT_CLASSES RetryTableTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retrytable.cpp)
# docs/profile.md's cause table against the code (issue 10: one enum with its text and exit class).
list(APPEND UNIT_CLASSES CauseTableTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_causetable.cpp)
