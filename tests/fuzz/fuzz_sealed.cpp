// Fuzz target: the sealed-exam readers. The input is read as a sealed pack
// (structure, then each case's ciphertext under a fixed key: the Argon2id step
// is skipped, since it costs 64 MiB and a fixed key reaches the same code), as
// a sealed result opened with a fixed proctor key, and as a proctor public key.
#include "exam/sealed_pack.hpp"
#include "exam/sealed_result.hpp"
#include "platform/proctor_key.hpp"
#include "platform/secret_box.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const core::BoxKeyPair proctor = core::newBoxKeyPair();
    static const core::AeadKey key{};
    const std::string input(reinterpret_cast<const char*>(data), size);
    if (auto pack = core::readSealedPack(input)) {
        for (const auto& c : pack->cases) (void)core::aeadOpen(key, c.sealed, c.id);
    }
    (void)core::openSealedResult(input, proctor);
    (void)core::parseProctorPublicKey(input);
    return 0;
}
