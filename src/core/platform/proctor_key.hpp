// The proctor's X25519 box key pair: sealed exam results are encrypted to its
// public key, and only the proctor (secret key + passphrase) opens them. The
// secret key is kept encrypted with the passphrase (Argon2id + XChaCha20-
// Poly1305), mode 0600, in $XDG_DATA_HOME/mntrainer/keys/.
#pragma once

#include "base/diagnostics.hpp"
#include "platform/secret_box.hpp"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace core {

using BoxPublicKey = std::array<unsigned char, 32>;

std::filesystem::path proctorSecretKeyPath(const std::filesystem::path& keyDir); // proctor.box.key
std::filesystem::path proctorPublicKeyPath(const std::filesystem::path& keyDir); // proctor.box.pub

// Creates the pair; refused when a proctor key already exists there (it would
// orphan every result already sealed to it).
[[nodiscard]] Result<BoxPublicKey> createProctorKey(const std::filesystem::path& keyDir, std::string_view passphrase,
                                                    KdfStrength strength = KdfStrength::Moderate);
// The pair, decrypted with the passphrase; a wrong passphrase is refused by name.
[[nodiscard]] Result<BoxKeyPair> loadProctorKey(const std::filesystem::path& keyDir, std::string_view passphrase);

// The public key file's text (JSON), and reading it back.
[[nodiscard]] std::string proctorPublicKeyText(const BoxPublicKey& key);
[[nodiscard]] Result<BoxPublicKey> parseProctorPublicKey(std::string_view text);

} // namespace core
