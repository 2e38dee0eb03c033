# Issue 12, "Prove it": the fault matrix (every uxsim fault in every flow) and why a peer failed.
list(APPEND INTEGRATION_CLASSES FaultMatrixTest PeerCauseTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/faultcell.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_faultmatrix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_peercauses.cpp)
