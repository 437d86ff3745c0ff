// Fuzz target: minisign public keys and detached signatures. The input is
// split at its first blank line: a public key text, then a .minisig text,
// checked against fixed content. Anything must verify or fail, never crash.
#include "platform/signing.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find("\n\n");
    const std::string keyText = split == std::string::npos ? input : input.substr(0, split);
    const std::string signature = split == std::string::npos ? input : input.substr(split + 2);
    auto key = core::parsePublicKey(keyText);
    if (!key) return 0;
    (void)core::verifyDetached(*key, "fixed content", signature);
    return 0;
}
