# Owned by issue 17 (items 2 and 3): Reprint label in the History view, typed and clicked.
list(APPEND GUI_CLASSES ReprintGuiTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reprint.cpp)
list(APPEND GUI_LIBS provui)
