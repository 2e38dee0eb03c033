# Issue 12, "Prove it": the fault matrix (every uxsim fault in every flow) and why a peer failed.
list(APPEND INTEGRATION_CLASSES FaultMatrixTest PeerCauseTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/faultcell.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_faultmatrix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_peercauses.cpp)
# kill -9 of provstation-cli at 24 points of a slow run, each followed by a rerun that must pass.
list(APPEND INTEGRATION_CLASSES CrashTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crash.cpp)
