# Owned by the translations (translations/**, core/common/i18n.cpp).
# TranslationsTest reads translations/provstation_<lang>.ts (PROVSTATION_SOURCE_DIR) and the compiled
# build/translations/provstation_<lang>.qm (PROVSTATION_BIN_DIR/../translations), so tst_unit is built
# after lrelease: the dependency is added once tests/CMakeLists.txt has created tst_unit.
list(APPEND UNIT_CLASSES TranslationsTest)
list(APPEND UNIT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp)
cmake_language(DEFER CALL add_dependencies tst_unit provstation_lrelease)
