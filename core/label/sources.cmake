# core/label: label template (in the profile), label data, QR codes (libqrencode), rendering to
# ZPL / PNG / PDF and the label printer (raw TCP 9100, files; CUPS through a handler the GUI sets).
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/labeldata.h ${CMAKE_CURRENT_LIST_DIR}/labeldata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labeltarget.h ${CMAKE_CURRENT_LIST_DIR}/labeltarget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labeltemplate.h ${CMAKE_CURRENT_LIST_DIR}/labeltemplate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qrcode.h ${CMAKE_CURRENT_LIST_DIR}/qrcode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelrenderer.h ${CMAKE_CURRENT_LIST_DIR}/labelrenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelprinter.h ${CMAKE_CURRENT_LIST_DIR}/labelprinter.cpp)
# QPainter, QImage and QPdfWriter are QtGui: core may draw (labels) but still never links Widgets.
find_package(Qt6 REQUIRED COMPONENTS Gui)
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET GLOBAL libqrencode)
target_link_libraries(provcore PUBLIC Qt6::Gui PRIVATE PkgConfig::QRENCODE)
