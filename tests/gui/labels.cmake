# Owned by issue 17: the label preview and template editor, CUPS printing through QPrinter.
list(APPEND GUI_CLASSES LabelPreviewTest)
list(APPEND GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_labelpreview.cpp)
list(APPEND GUI_LIBS provui)
