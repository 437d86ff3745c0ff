// The secret key file in minisign's encrypted format (kdf "Sc" = scrypt, checksum
// "B2" = BLAKE2b-256), so `minisign -S -s secret.key` signs with the proctor's
// passphrase and a key made by `minisign -G` loads here. Reading is split from
// decrypting so a damaged file is reported (and fuzzed) without the slow KDF.
#pragma once

#include "base/diagnostics.hpp"
#include "platform/signing.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// How hard the passphrase is stretched. Sensitive is minisign's own choice
// (scrypt opslimit 2^25, memlimit 1 GiB: about 9 s here); Interactive (2^19,
// 16 MiB: about 0.2 s) is for low-memory machines and tests.
enum class KdfCost { Interactive, Sensitive };

struct KdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;
};
[[nodiscard]] KdfLimits kdfLimits(KdfCost cost);

// A parsed, still-encrypted secret key file.
struct SealedSecretKey {
    std::array<unsigned char, 32> salt{};
    KdfLimits limits;
    std::array<unsigned char, 8 + 64 + 32> sealed{}; // key id, secret key, checksum, XORed with the scrypt stream
};

// Parses the file's text. Refuses, each with its reason: not a minisign secret
// key, an unencrypted minisign key (-W), another algorithm, out-of-range KDF limits.
[[nodiscard]] Result<SealedSecretKey> parseSecretKeyFile(std::string_view text);

// Derives the stream from the passphrase and checks the checksum: a wrong
// passphrase is "Wrong passphrase", never a wrong key.
[[nodiscard]] Result<SigningKey> openSecretKey(const SealedSecretKey& sealed, std::string_view passphrase);

// The file text for key encrypted with passphrase (a new random salt). When the
// machine lacks the memory, the limits are halved as minisign does.
[[nodiscard]] Result<std::string> sealSecretKey(const SigningKey& key, std::string_view passphrase, KdfCost cost);

// The first version's unencrypted key file ("mntrainer secret key v1").
[[nodiscard]] bool isOldFormatSecretKey(std::string_view text);
[[nodiscard]] Result<SigningKey> parseOldFormatSecretKey(std::string_view text);

} // namespace core
