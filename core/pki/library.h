#pragma once

namespace pki {

/// Initialises OpenSSL for a whole program; call it first in main(), before any thread starts.
///
/// OpenSSL's automatic cleanup at exit is turned off. That handler frees the state of every
/// thread, while Qt's detached worker threads (QtConcurrent's pool that makes the keys, the
/// results writer) may still be ending and freeing their own: the same memory is freed twice.
/// The system reclaims a process's memory anyway. False when OpenSSL cannot be initialised.
bool initLibrary();

} // namespace pki
