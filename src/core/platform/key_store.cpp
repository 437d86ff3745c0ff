// Creating, unlocking and migrating the key files; every write is atomic.
#include "platform/key_store.hpp"

#include "platform/atomic_file.hpp"

namespace core {
namespace key_store_files {

std::string initAdvice() { return "the proctor creates one with `mntrainer keys init`"; }

Result<std::string> readSecretKey(const std::filesystem::path& keyDir) {
    std::error_code ec;
    const auto path = secretKeyPath(keyDir);
    if (!std::filesystem::exists(path, ec)) return std::unexpected(Error("there is no signing key in " + keyDir.string() + ": " + initAdvice()));
    auto text = readWholeFile(path);
    if (!text) return std::unexpected(Error("cannot read the signing key " + path.string() + ": check its permissions"));
    return *text;
}

Status writePublicKey(const std::filesystem::path& keyDir, const SigningKey& key) {
    return writeFileAtomically(publicKeyPath(keyDir), publicKeyText(key));
}

} // namespace key_store_files

std::filesystem::path secretKeyPath(const std::filesystem::path& keyDir) { return keyDir / "secret.key"; }

Result<SigningKey> createKeyPair(const std::filesystem::path& keyDir, std::string_view passphrase, KdfCost cost) {
    std::error_code ec;
    if (std::filesystem::exists(secretKeyPath(keyDir), ec)) {
        return std::unexpected(Error("a signing key already exists in " + keyDir.string() +
                                     ": it is kept, since results signed with it verify only with its public key"));
    }
    SigningKey key = generateSigningKey();
    auto sealed = sealSecretKey(key, passphrase, cost);
    if (!sealed) return std::unexpected(sealed.error());
    // Created 0600 from the start: a write killed before its rename leaves no readable copy.
    if (auto written = writeFileAtomically(secretKeyPath(keyDir), *sealed, 0600); !written) return std::unexpected(written.error());
    if (auto written = key_store_files::writePublicKey(keyDir, key); !written) return std::unexpected(written.error());
    return key;
}

Result<SigningKey> unlockSigningKey(const std::filesystem::path& keyDir, std::string_view passphrase) {
    auto text = key_store_files::readSecretKey(keyDir);
    if (!text) return std::unexpected(text.error());
    const auto path = secretKeyPath(keyDir).string();
    if (isOldFormatSecretKey(*text)) {
        return std::unexpected(Error("the signing key " + path +
                                     " is in the old unencrypted format, which anyone with a shell could use: the proctor runs "
                                     "`mntrainer keys migrate` to encrypt it with a passphrase (its public key stays the same)"));
    }
    auto sealed = parseSecretKeyFile(*text);
    if (!sealed) {
        return std::unexpected(Error("the signing key " + path + " cannot be used: " + sealed.error().summary() +
                                     ". Restore it from a backup (results signed with it still verify with public.pub)"));
    }
    auto key = openSecretKey(*sealed, passphrase);
    if (!key) return std::unexpected(Error(key.error().summary() + " " + path + ": nothing was signed"));
    std::error_code ec;
    if (!std::filesystem::exists(publicKeyPath(keyDir), ec)) {
        if (auto written = key_store_files::writePublicKey(keyDir, *key); !written) return std::unexpected(written.error());
    }
    return key;
}

Result<PublicKey> migrateOldKey(const std::filesystem::path& keyDir, std::string_view passphrase, KdfCost cost) {
    auto text = key_store_files::readSecretKey(keyDir);
    if (!text) return std::unexpected(text.error());
    const auto path = secretKeyPath(keyDir).string();
    if (!isOldFormatSecretKey(*text)) {
        return std::unexpected(Error("the signing key " + path + " is not in the old unencrypted format: there is nothing to migrate"));
    }
    auto key = parseOldFormatSecretKey(*text);
    if (!key) return std::unexpected(Error("the old signing key " + path + " is damaged (" + key.error().summary() + "): restore it from a backup"));
    auto sealed = sealSecretKey(*key, passphrase, cost);
    if (!sealed) return std::unexpected(sealed.error());
    if (auto written = writeFileAtomically(secretKeyPath(keyDir), *sealed, 0600); !written) return std::unexpected(written.error());
    if (auto written = key_store_files::writePublicKey(keyDir, *key); !written) return std::unexpected(written.error());
    return PublicKey{key->keyId, key->publicKey};
}

} // namespace core
