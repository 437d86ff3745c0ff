// Fuzz target: the secret key file reader (minisign's encrypted format and the
// old unencrypted one). Parsing only: the scrypt step is far too slow to fuzz,
// and it runs on a parsed key whose limits are already checked.
#include "platform/secret_key_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    (void)core::parseSecretKeyFile(input);
    if (core::isOldFormatSecretKey(input)) (void)core::parseOldFormatSecretKey(input);
    return 0;
}
