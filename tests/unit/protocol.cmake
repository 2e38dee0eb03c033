list(APPEND UNIT_CLASSES HexTest EdmFrameTest EdmParserTest AtParserTest AtResponseTest)
list(APPEND UNIT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_hex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_edmframe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_edmparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_atparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_atresponse.cpp)
