# CPack: a .deb and a .tar.gz, built and checked on Linux (tests/packaging). The Windows (NSIS) and
# macOS (DragNDrop) blocks are configured but UNTESTED: Debian has no Windows or macOS Qt 6 to build
# them with.
set(CPACK_PACKAGE_NAME "lofty-console")
set(CPACK_PACKAGE_VENDOR "Lofty Developer Console contributors")
set(CPACK_PACKAGE_CONTACT "Lofty Developer Console <maintainers@lofty-console.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console to authorize, inspect and call the Lofty CRM API")
# Lines kept short: CPackDeb indents each line into the control file's extended description.
set(CPACK_PACKAGE_DESCRIPTION
    "Register and describe an OAuth app, authorize test accounts with every grant
Lofty offers (Authorization Code with or without PKCE, Client Credentials,
API keys), inspect tokens, find out which APIs the app may call and send real
requests. Secrets stay in the system keychain. Includes lofty-sandbox, a local
Lofty-compatible OAuth and API server for offline work and tests.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lofty Developer Console")
set(CPACK_PACKAGE_EXECUTABLES "lofty-console" "Lofty Developer Console")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
    # UNTESTED. The input must be a Windows build with windeployqt run into the install tree.
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Lofty Developer Console")
    set(CPACK_NSIS_PACKAGE_NAME "Lofty Developer Console")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/lofty-console.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lofty-console.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Lofty Developer Console.lnk' '$INSTDIR\\\\bin\\\\lofty-console.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Lofty Developer Console.lnk'")
elseif(APPLE)
    # UNTESTED. Needs hdiutil (a Mac) and a bundle prepared with macdeployqt.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_FORMAT "UDBZ")
    set(CPACK_DMG_VOLUME_NAME "Lofty Developer Console")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    # The DEB installs under /usr (CPackDeb's default); the TGZ holds bin/ and share/ at its top.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # dpkg-shlibdeps finds the linked Qt libraries; what is dlopen()ed must be named by hand:
    # libsecret (qtkeychain's Secret Service backend), the xcb/wayland platform plugins and the SVG
    # icon engine.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # The SVG icon engine is in libqt6svg6 on Debian 12 and in qt6-svg-plugins from Debian 13 on:
    # name whichever package holds it on the system that builds the .deb.
    set(svg_icon_engine_package libqt6svg6)
    find_program(DPKG_QUERY_PROGRAM dpkg-query)
    if(DPKG_QUERY_PROGRAM)
        execute_process(COMMAND "${DPKG_QUERY_PROGRAM}" -S "iconengines/libqsvgicon.so"
            OUTPUT_VARIABLE svg_owner ERROR_QUIET RESULT_VARIABLE svg_owner_status)
        if(svg_owner_status EQUAL 0 AND svg_owner MATCHES "^([a-z0-9][a-z0-9.+-]*)(:[a-z0-9]+)?: ")
            set(svg_icon_engine_package "${CMAKE_MATCH_1}")
        endif()
    endif()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, ${svg_icon_engine_package}")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()

include(CPack)
