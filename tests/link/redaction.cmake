# The redaction property (issue 12): secrets split across reads never reach the hex log, the
# traffic records or an export.
list(APPEND LINK_CLASSES RedactionPropertyTest)
list(APPEND LINK_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_redaction.cpp)
