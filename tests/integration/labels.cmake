# Owned by issue 17 (labels): printing on PASS to a loopback ZPL printer, files read back with
# zbarimg / pdftoppm / pdftotext, provstation-cli label.
list(APPEND INTEGRATION_CLASSES LabelPrintTest LabelCliTest)
list(APPEND INTEGRATION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_labels.cpp ${CMAKE_CURRENT_LIST_DIR}/labelsupport.h)
