# Credentials area (issue 5): fuzz the PEM / DER / PKCS#12 loaders and the certs.c importer.
ps_add_fuzzer(fuzz_pki_load ${CMAKE_CURRENT_LIST_DIR}/fuzz_pki_load.cpp)
