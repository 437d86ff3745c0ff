// Signatures for result files: an Ed25519 key pair (libsodium) and detached
// signatures in minisign's format, so that `minisign -Vm FILE -p KEY` verifies
// them and nobody needs this app to check a grade. The secret key is kept on
// disk encrypted with the proctor's passphrase (platform/key_store.hpp).
#pragma once

#include "base/diagnostics.hpp"
#include <array>
#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

namespace core {

// An unlocked key lives only in memory; every copy wipes its secret
// (sodium_memzero) when it goes.
struct SigningKey {
    std::array<unsigned char, 8> keyId{};   // random, identifies the key in signatures
    std::array<unsigned char, 32> publicKey{};
    std::array<unsigned char, 64> secretKey{};
    ~SigningKey();
};

struct PublicKey {
    std::array<unsigned char, 8> keyId{};
    std::array<unsigned char, 32> key{};
};

// Overwrites a passphrase (or other secret text) with zeros, then empties it.
void wipeSecret(std::string& secret);

// A new random key pair, in memory only.
[[nodiscard]] SigningKey generateSigningKey();
// "public.pub" in keyDir, in minisign's public-key format.
std::filesystem::path publicKeyPath(const std::filesystem::path& keyDir);

// minisign public-key text ("untrusted comment: ...\n<base64>\n").
std::string publicKeyText(const SigningKey& key);
[[nodiscard]] std::expected<PublicKey, core::Error> parsePublicKey(std::string_view text);

// A detached signature over content in minisign's prehashed ("ED") format.
std::string signDetached(const SigningKey& key, std::string_view content, const std::string& trustedComment);

// Checks a detached signature (prehashed or legacy) and its trusted comment.
[[nodiscard]] std::expected<void, core::Error> verifyDetached(const PublicKey& key, std::string_view content, std::string_view signatureText);

std::string hexKeyId(const std::array<unsigned char, 8>& keyId);

// The key id a detached signature names (its second line), so a verifier can
// pick the matching key out of several before checking anything.
[[nodiscard]] Result<std::array<unsigned char, 8>> signatureKeyId(std::string_view signatureText);

// SHA-256 of content, lower-case hex (for case fingerprints in exports).
std::string sha256Hex(std::string_view content);

} // namespace core
