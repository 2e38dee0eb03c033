# Owned by the reliability area (issue 12): docs/link.md's retry table against Job::retryPolicies.
list(APPEND UNIT_CLASSES RetryTableTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retrytable.cpp)
