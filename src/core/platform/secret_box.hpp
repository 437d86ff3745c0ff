// Passphrase and public-key encryption for sealed exams (libsodium): an
// Argon2id key from a passphrase, XChaCha20-Poly1305 (IETF) with associated
// data, X25519 sealed boxes, and the base64 that carries them in JSON.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// Argon2id (crypto_pwhash ALG_ARGON2ID13) settings, stored beside what they protect.
struct PassphraseKdf {
    std::array<unsigned char, 16> salt{};
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;
};

// How hard a passphrase key is to guess offline: libsodium's "moderate" limits
// (256 MiB, about a second) by default; "interactive" (64 MiB) for slow machines and tests.
enum class KdfStrength { Interactive, Moderate };
const Choices<KdfStrength>& kdfStrengthChoices();
// A fresh random salt with the limits of `strength`.
[[nodiscard]] PassphraseKdf newPassphraseKdf(KdfStrength strength = KdfStrength::Moderate);
[[nodiscard]] Json kdfToJson(const PassphraseKdf& kdf);
// Refuses unknown algorithms and limits below "interactive" or above "sensitive",
// so a crafted file can neither weaken the key nor make opening it hang.
[[nodiscard]] Result<PassphraseKdf> kdfFromJson(const Json& json);

// A 32-byte symmetric key, wiped when it goes.
class AeadKey {
public:
    AeadKey() = default;
    AeadKey(const AeadKey& other) = default;
    AeadKey& operator=(const AeadKey& other) = default;
    ~AeadKey();
    std::array<unsigned char, 32> bytes{};
};

[[nodiscard]] Result<AeadKey> deriveKeyFromPassphrase(std::string_view passphrase, const PassphraseKdf& kdf);

// XChaCha20-Poly1305 IETF with a random nonce: {"nonce": b64, "ciphertext": b64}.
[[nodiscard]] Json aeadSeal(const AeadKey& key, std::string_view plaintext, std::string_view associatedData);
// The plaintext, or an error when the key, the associated data or a byte is wrong
// (the cipher cannot tell which, so neither can the message).
[[nodiscard]] Result<std::string> aeadOpen(const AeadKey& key, const Json& sealed, std::string_view associatedData);

// X25519 box keys for crypto_box_seal.
struct BoxKeyPair {
    std::array<unsigned char, 32> publicKey{};
    std::array<unsigned char, 32> secretKey{};
};
[[nodiscard]] BoxKeyPair newBoxKeyPair();
// Anonymous sealed box to publicKey (crypto_box_seal): only the secret key opens it.
[[nodiscard]] std::string boxSeal(std::string_view plaintext, const std::array<unsigned char, 32>& publicKey);
[[nodiscard]] Result<std::string> boxOpen(std::string_view sealed, const BoxKeyPair& keys);

[[nodiscard]] std::string base64Encode(std::string_view bytes);
[[nodiscard]] Result<std::string> base64Decode(std::string_view text);
// Exactly N bytes of base64, e.g. a key.
template <std::size_t N> [[nodiscard]] Result<std::array<unsigned char, N>> base64DecodeFixed(std::string_view text) {
    auto bytes = base64Decode(text);
    if (!bytes) return std::unexpected(bytes.error());
    if (bytes->size() != N) {
        return std::unexpected(Error("holds " + std::to_string(bytes->size()) + " bytes where " + std::to_string(N) + " are expected"));
    }
    std::array<unsigned char, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = static_cast<unsigned char>((*bytes)[i]);
    return out;
}

} // namespace core
