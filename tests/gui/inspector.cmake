# Traffic inspector (ui/inspector): model under QAbstractItemModelTester, the dock widget.
list(APPEND GUI_CLASSES TrafficModelTest InspectorWidgetTest)
list(APPEND GUI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_trafficmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_inspector.cpp)
list(APPEND GUI_LIBS provui)
# The German and Chinese tests load build/translations/*.qm (the programs embed them; tst_gui does not).
cmake_language(DEFER CALL add_dependencies tst_gui provstation_lrelease)
