# Package recipes per platform (docs/packaging.md says what each one does and what was not tested).
#
#   Linux    DEB, checked by the ctest entry installer.deb and installed by installer/install-test.sh.
#   Windows  NSIS installer; windeployqt copies the Qt libraries and plugins next to the programs.
#   macOS    provstation.app bundle; macdeployqt fills it; DragNDrop makes the disk image.
#
# Only the Linux recipe can run on the Debian machines this project is built on. The others take
# effect only on their own systems and have never been run: the sources are not yet portable there
# (core/provisioning/simulation.cpp uses prctl(), the CLI uses socketpair() and POSIX signals, and
# uxsim needs pseudo-terminals), so configure them with -DPROVSTATION_BUILD_SIM=OFF and expect to
# port those pieces first.

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set_target_properties(provstation PROPERTIES WIN32_EXECUTABLE ON)
    set(CPACK_NSIS_DISPLAY_NAME "Provisioning Station")
    set(CPACK_NSIS_PACKAGE_NAME "Provisioning Station ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROVSTATION_HOMEPAGE}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put provstation-cli on PATH
    set(CPACK_PACKAGE_EXECUTABLES "provstation" "Provisioning Station")
    # windeployqt through Qt's deploy script: Qt DLLs, the platform, SQL driver and TLS plugins and
    # Qt's translations go beside provstation.exe in bin/. QtKeychain's and OpenSSL's DLLs are not
    # Qt's, so windeployqt does not copy them: install them beside the programs as well.
    qt_generate_deploy_app_script(TARGET provstation FILENAME_VARIABLE _provstation_deploy)
    install(SCRIPT ${_provstation_deploy})
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Provisioning Station")
    set_target_properties(provstation PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_BUNDLE_NAME "Provisioning Station"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${PROVSTATION_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
    # The bundle goes to the top of the image (app/CMakeLists.txt: BUNDLE DESTINATION .); macdeployqt,
    # run by Qt's deploy script, copies the frameworks and plugins into it. A .icns icon and code
    # signing are still to do (docs/packaging.md).
    qt_generate_deploy_app_script(TARGET provstation FILENAME_VARIABLE _provstation_deploy)
    install(SCRIPT ${_provstation_deploy})
else()
    set(CPACK_GENERATOR DEB)
endif()
