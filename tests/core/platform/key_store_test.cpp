// The key folder: create, unlock, refuse to overwrite, detect and migrate the
// old unencrypted key with the same public key.
#include "platform/key_store.hpp"

#include "platform/base64_text.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

namespace key_store_test {

// What the first version wrote: a header line and base64(key id | secret key), unencrypted.
std::string oldFormatFile(const core::SigningKey& key) {
    std::vector<unsigned char> blob(key.keyId.begin(), key.keyId.end());
    blob.insert(blob.end(), key.secretKey.begin(), key.secretKey.end());
    return "mntrainer secret key v1\n" + core::toBase64(blob.data(), blob.size()) + "\n";
}

} // namespace key_store_test

TEST_CASE("a new key pair is written encrypted and private, and unlocks with its passphrase only") {
    testing_support::TempDir dir;
    const auto keys = dir.path() / "keys";
    const auto created = core::createKeyPair(keys, "tall tree", core::KdfCost::Interactive);
    REQUIRE(created.has_value());
    struct stat st {};
    REQUIRE(::stat(core::secretKeyPath(keys).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(testing_support::readFile(core::publicKeyPath(keys)) == core::publicKeyText(*created));
    CHECK(testing_support::readFile(core::secretKeyPath(keys)).rfind("untrusted comment:", 0) == 0);

    const auto unlocked = core::unlockSigningKey(keys, "tall tree");
    REQUIRE(unlocked.has_value());
    CHECK(unlocked->publicKey == created->publicKey);
    const auto wrong = core::unlockSigningKey(keys, "tall trees");
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().summary().find("wrong passphrase") != std::string::npos);
    CHECK(wrong.error().summary().find("nothing was signed") != std::string::npos);

    // A second init keeps the first key.
    const std::string before = testing_support::readFile(core::secretKeyPath(keys));
    const auto again = core::createKeyPair(keys, "other", core::KdfCost::Interactive);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().summary().find("already exists") != std::string::npos);
    CHECK(testing_support::readFile(core::secretKeyPath(keys)) == before);
}

TEST_CASE("no key yet, or a damaged one, is reported with what to do and nothing is written") {
    testing_support::TempDir dir;
    const auto missing = core::unlockSigningKey(dir.path() / "keys", "pw");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().summary().find("keys init") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "keys"));

    dir.write("keys/secret.key", "garbage\n");
    const auto damaged = core::unlockSigningKey(dir.path() / "keys", "pw");
    REQUIRE_FALSE(damaged.has_value());
    CHECK(damaged.error().summary().find("cannot be used") != std::string::npos);
    CHECK(testing_support::readFile(dir.path() / "keys" / "secret.key") == "garbage\n");
}

TEST_CASE("an old unencrypted key is refused for signing, and migrating it keeps its key id and public key") {
    testing_support::TempDir dir;
    const auto keys = dir.path() / "keys";
    const core::SigningKey old = core::generateSigningKey();
    const std::string oldText = key_store_test::oldFormatFile(old);
    dir.write("keys/secret.key", oldText);
    dir.write("keys/public.pub", core::publicKeyText(old));
    const std::string signedBefore = core::signDetached(old, "result", "file:r.json");

    const auto refused = core::unlockSigningKey(keys, "anything");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().summary().find("old unencrypted format") != std::string::npos);
    CHECK(refused.error().summary().find("keys migrate") != std::string::npos);

    const auto migrated = core::migrateOldKey(keys, "new passphrase", core::KdfCost::Interactive);
    REQUIRE(migrated.has_value());
    CHECK(migrated->keyId == old.keyId);
    CHECK(migrated->key == old.publicKey);
    const std::string newText = testing_support::readFile(core::secretKeyPath(keys));
    CHECK_FALSE(core::isOldFormatSecretKey(newText));
    CHECK(newText.find(oldText.substr(oldText.find('\n') + 1, 40)) == std::string::npos); // the clear key is gone
    struct stat st {};
    REQUIRE(::stat(core::secretKeyPath(keys).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(testing_support::readFile(core::publicKeyPath(keys)) == core::publicKeyText(old));

    // Earlier signatures still verify with the (unchanged) public key; the key signs again with the new passphrase.
    const auto pub = core::parsePublicKey(testing_support::readFile(core::publicKeyPath(keys)));
    REQUIRE(pub.has_value());
    CHECK(core::verifyDetached(*pub, "result", signedBefore).has_value());
    const auto unlocked = core::unlockSigningKey(keys, "new passphrase");
    REQUIRE(unlocked.has_value());
    CHECK(core::verifyDetached(*pub, "later", core::signDetached(*unlocked, "later", "t")).has_value());

    // Migrating twice is refused: there is nothing old left.
    const auto twice = core::migrateOldKey(keys, "x", core::KdfCost::Interactive);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().summary().find("nothing to migrate") != std::string::npos);
}
