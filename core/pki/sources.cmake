# core/pki: OpenSSL 3 keys, certificates, CSRs, loaders, chain verification, lint, trust bundle.
list(APPEND PROVCORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/result.h ${CMAKE_CURRENT_LIST_DIR}/ssl_p.h
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
