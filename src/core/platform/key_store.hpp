// The proctor's key pair in its folder ($XDG_DATA_HOME/mntrainer/keys):
// "secret.key", encrypted with the proctor's passphrase in minisign's format
// (mode 0600), and "public.pub". No unencrypted secret key is ever written.
#pragma once

#include "base/diagnostics.hpp"
#include "platform/secret_key_file.hpp"
#include "platform/signing.hpp"

#include <filesystem>
#include <string_view>

namespace core {

std::filesystem::path secretKeyPath(const std::filesystem::path& keyDir);

// A new key pair encrypted with passphrase. Refuses when a secret key is
// already there: replacing it would orphan every result signed with it.
[[nodiscard]] Result<SigningKey> createKeyPair(const std::filesystem::path& keyDir, std::string_view passphrase, KdfCost cost);

// The key in memory, for signing. Each failure says what to do: no key yet
// (keys init), the old unencrypted format (keys migrate), a wrong passphrase,
// a damaged file. Rewrites a missing public.pub from the secret key.
[[nodiscard]] Result<SigningKey> unlockSigningKey(const std::filesystem::path& keyDir, std::string_view passphrase);

// Re-writes an old unencrypted key (atomically) encrypted with passphrase,
// keeping its key id and public key, so earlier signatures still verify.
[[nodiscard]] Result<PublicKey> migrateOldKey(const std::filesystem::path& keyDir, std::string_view passphrase, KdfCost cost);

} // namespace core
