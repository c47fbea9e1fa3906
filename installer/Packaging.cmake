# CPack: .deb and .tar.gz, built and checked on Linux. Filled in by the packaging work.
set(CPACK_PACKAGE_NAME "lofty-console")
set(CPACK_PACKAGE_VENDOR "Lofty Developer Console contributors")
set(CPACK_PACKAGE_CONTACT "Lofty Developer Console <maintainers@lofty-console.invalid>")
set(CPACK_GENERATOR "DEB;TGZ")
include(CPack)
