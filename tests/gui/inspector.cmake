# Traffic inspector (ui/inspector): model under QAbstractItemModelTester, the dock widget.
list(APPEND GUI_CLASSES TrafficModelTest InspectorWidgetTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_trafficmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_inspector.cpp)
list(APPEND GUI_LIBS provui)
