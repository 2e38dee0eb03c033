# core/pki: OpenSSL 3 keys, certificates, CSRs, loaders, chain verification, lint, trust bundle.
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/result.h ${CMAKE_CURRENT_LIST_DIR}/ssl_p.h
    ${CMAKE_CURRENT_LIST_DIR}/library.h ${CMAKE_CURRENT_LIST_DIR}/library.cpp
    ${CMAKE_CURRENT_LIST_DIR}/key.h ${CMAKE_CURRENT_LIST_DIR}/key.cpp
    ${CMAKE_CURRENT_LIST_DIR}/certificate.h ${CMAKE_CURRENT_LIST_DIR}/certificate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/issue.h ${CMAKE_CURRENT_LIST_DIR}/issue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/load.h ${CMAKE_CURRENT_LIST_DIR}/load.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lint.h ${CMAKE_CURRENT_LIST_DIR}/lint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trust.h ${CMAKE_CURRENT_LIST_DIR}/trust.cpp)

# Azure TLS roots, copied from Debian's ca-certificates (/usr/share/ca-certificates/mozilla/); their
# SHA-256 fingerprints are checked at load time and in PkiTrustTest.
set(_pki_roots_dir ${CMAKE_CURRENT_LIST_DIR}/../../resources/roots)
qt_add_resources(provcore "roots" PREFIX /roots BASE ${_pki_roots_dir} FILES
    ${_pki_roots_dir}/DigiCert_Global_Root_G2.pem
    ${_pki_roots_dir}/Microsoft_RSA_Root_Certificate_Authority_2017.pem)

# Keys on a PKCS#11 token (pki/token.*): libp11's engine is loaded by OpenSSL at run time; the
# default module is p11-kit's proxy, whose path comes from p11-kit's pkg-config file.
list(APPEND PROVCORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/token.h ${CMAKE_CURRENT_LIST_DIR}/token.cpp)
find_package(PkgConfig REQUIRED)
pkg_get_variable(PROVSTATION_P11_PROXY p11-kit-1 proxy_module)
if(NOT PROVSTATION_P11_PROXY)
    message(WARNING "p11-kit-1 (libp11-kit-dev) not found: PKCS#11 URIs without module-path use libp11's default module")
endif()
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/token.cpp PROPERTIES
    COMPILE_DEFINITIONS "PROVSTATION_P11_PROXY=\"${PROVSTATION_P11_PROXY}\"")
