# Owned by issue 17: "key on a token" on the wizard's Certificates page and in the certificate tools.
list(APPEND GUI_CLASSES TokenGuiTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tokengui.cpp)
list(APPEND GUI_LIBS provui)
