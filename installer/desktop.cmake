# Desktop integration (docs/packaging.md): the application id, the icon (SVG, and PNGs at the
# hicolor sizes rendered from it at build time), the desktop entry, AppStream metainfo, the MIME
# types of profiles and captures, the manual pages, the optional udev rule and the copyright file.
# Everything lands in build/installer/desktop/ and installs under share/.

set(PROVSTATION_APP_ID "com.example.provstation" CACHE STRING
    "Reverse-DNS application id (desktop file, AppStream, Wayland app id). A placeholder until the company's domain is chosen; never change it after a release.")
set(PROVSTATION_HOMEPAGE "https://provstation.invalid" CACHE STRING
    "Project homepage; AppStream screenshots are published as <homepage>/screenshots/<file>.png (docs/screenshots).")

set(_res ${CMAKE_SOURCE_DIR}/resources)
set(_out ${CMAKE_CURRENT_BINARY_DIR}/desktop)
include(GNUInstallDirs)
# The freedesktop.org files (hicolor icons, desktop entry, metainfo, MIME, man, udev, copyright)
# are installed on Linux only; the other platforms' packages have their own forms (platforms.cmake).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_freedesktop ON)
endif()

find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert renders the application icon's PNG sizes: apt-get install librsvg2-bin")
endif()
find_program(GZIP_PROGRAM gzip REQUIRED)

# Icon: the SVG as drawn, and one PNG per hicolor size.
set(PROVSTATION_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(_generated)
foreach(size ${PROVSTATION_ICON_SIZES})
    set(_dir ${_out}/icons/hicolor/${size}x${size}/apps)
    add_custom_command(OUTPUT ${_dir}/provstation.png
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
        COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                --output ${_dir}/provstation.png ${_res}/icons/provstation.svg
        DEPENDS ${_res}/icons/provstation.svg
        COMMENT "Rendering the ${size}x${size} application icon" VERBATIM)
    list(APPEND _generated ${_dir}/provstation.png)
    if(_freedesktop)
        install(FILES ${_dir}/provstation.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endif()
endforeach()
if(_freedesktop)
    install(FILES ${_res}/icons/provstation.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Manual pages: the version filled in, compressed as Debian wants them (gzip -9n: no name, no time).
foreach(page provstation.1 provstation-cli.1)
    configure_file(${_res}/man/${page}.in ${_out}/man/${page} @ONLY)
    add_custom_command(OUTPUT ${_out}/man/${page}.gz
        COMMAND ${GZIP_PROGRAM} -9nkf ${_out}/man/${page}
        DEPENDS ${_out}/man/${page} ${_res}/man/${page}.in
        COMMENT "Compressing the manual page ${page}" VERBATIM)
    list(APPEND _generated ${_out}/man/${page}.gz)
    if(_freedesktop)
        install(FILES ${_out}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()

configure_file(${_res}/desktop/provstation.metainfo.xml.in ${_out}/${PROVSTATION_APP_ID}.metainfo.xml @ONLY)
if(_freedesktop)
    install(FILES ${_out}/${PROVSTATION_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_res}/desktop/provstation.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
            RENAME ${PROVSTATION_APP_ID}.desktop)
    install(FILES ${_res}/mime/provstation.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${_res}/udev/70-provstation-evk.rules DESTINATION ${CMAKE_INSTALL_DATADIR}/provstation/udev)
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/provstation)
endif()

add_custom_target(provstation_desktop ALL DEPENDS ${_generated})

# The window uses the same picture (app/gui/main.cpp: QApplication::setWindowIcon(":/icons/provstation.png"))
# and tells Wayland compositors which desktop entry it belongs to (PROVSTATION_APP_ID).
qt_add_resources(provstation "provstation_icon" PREFIX /icons BASE ${_out}/icons/hicolor/256x256/apps
                 FILES ${_out}/icons/hicolor/256x256/apps/provstation.png)
add_dependencies(provstation provstation_desktop)
target_compile_definitions(provstation PRIVATE PROVSTATION_APP_ID="${PROVSTATION_APP_ID}")
