# uxsim (sim/module): the simulated module driven through a real QSerialPort on its pty.
list(APPEND INTEGRATION_CLASSES UxsimTest UxsimStrictTest UxsimSeedReplayTest UxsimHardwareModelTest)
list(APPEND INTEGRATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/uxsim/simhost.h
    ${CMAKE_CURRENT_LIST_DIR}/uxsim/seedhost.h
    ${CMAKE_CURRENT_LIST_DIR}/tst_uxsimhardware.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_uxsim.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_uxsimstrict.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_uxsimseed.cpp)
