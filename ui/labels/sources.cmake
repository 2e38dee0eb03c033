# ui/labels: the label preview and template editor (engineer), and printing labels on CUPS
# printers through QPrinter (QtPrintSupport).
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/labelpreviewdialog.h ${CMAKE_CURRENT_LIST_DIR}/labelpreviewdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cupsprinting.h ${CMAKE_CURRENT_LIST_DIR}/cupsprinting.cpp)
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
target_link_libraries(provui PUBLIC Qt6::PrintSupport)
