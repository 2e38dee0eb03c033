# Keys at rest in the certificate tools (issue 12): the "unencrypted" box, its warning and lint.
list(APPEND GUI_CLASSES CaKeyAtRestGuiTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cakeygui.cpp)
list(APPEND GUI_LIBS provui)
