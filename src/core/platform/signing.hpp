// Signatures for result files: a per-install Ed25519 key pair (libsodium) and
// detached signatures in minisign's format, so that `minisign -Vm FILE -p KEY`
// verifies them and nobody needs this app to check a grade.
#pragma once

#include "base/diagnostics.hpp"
#include <array>
#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

namespace core {

struct SigningKey {
    std::array<unsigned char, 8> keyId{};   // random, identifies the key in signatures
    std::array<unsigned char, 32> publicKey{};
    std::array<unsigned char, 64> secretKey{};
};

struct PublicKey {
    std::array<unsigned char, 8> keyId{};
    std::array<unsigned char, 32> key{};
};

// Loads the install's key from keyDir, creating it on first use. The secret
// key file is mode 0600; "public.pub" is in minisign's public-key format.
[[nodiscard]] std::expected<SigningKey, core::Error> loadOrCreateSigningKey(const std::filesystem::path& keyDir);
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
