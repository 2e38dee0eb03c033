# Certificate tools outside the wizard: generate CA / intermediate / device / verification
# certificates, inspect any certificate or key file; CertificateSummaryWidget is reusable.
list(APPEND PROVUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/certificatesummarywidget.h
    ${CMAKE_CURRENT_LIST_DIR}/certificatesummarywidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/certificatetools.h
    ${CMAKE_CURRENT_LIST_DIR}/certificatetools.cpp)
