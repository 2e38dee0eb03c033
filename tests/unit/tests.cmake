ps_add_test_tier(tst_unit LABEL unit
    CLASSES HexTest EdmFrameTest EdmParserTest AtParserTest AtResponseTest
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/tst_hex.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_edmframe.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_edmparser.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_atparser.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_atresponse.cpp
)
