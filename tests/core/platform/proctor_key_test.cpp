// The proctor's box key pair on disk: created once, secret half 0600 and
// encrypted with the passphrase, and a wrong passphrase refused by name.
#include "platform/proctor_key.hpp"
#include "platform/atomic_file.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

TEST_CASE("a proctor key is created once, kept 0600 and encrypted, and opens only with its passphrase") {
    testing_support::TempDir dir;
    const auto keys = dir.path() / "keys";
    auto created = core::createProctorKey(keys, "proctor passphrase", core::KdfStrength::Interactive);
    REQUIRE(created.has_value());

    struct stat st {};
    REQUIRE(::stat(core::proctorSecretKeyPath(keys).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    auto loaded = core::loadProctorKey(keys, "proctor passphrase");
    REQUIRE(loaded.has_value());
    CHECK(loaded->publicKey == *created);
    // The secret key really belongs to the public one: a box sealed to it opens.
    auto opened = core::boxOpen(core::boxSeal("hello", *created), *loaded);
    REQUIRE(opened.has_value());
    CHECK(*opened == "hello");
    // The secret half is not in the file in the clear.
    const std::string secretB64 = core::base64Encode(std::string(reinterpret_cast<const char*>(loaded->secretKey.data()), 32));
    CHECK(testing_support::readFile(core::proctorSecretKeyPath(keys)).find(secretB64) == std::string::npos);

    auto wrong = core::loadProctorKey(keys, "proctor passphrasE");
    REQUIRE_FALSE(wrong.has_value());
    CHECK_THAT(wrong.error().summary(), Catch::Contains("the passphrase is wrong"));

    auto again = core::createProctorKey(keys, "another", core::KdfStrength::Interactive);
    REQUIRE_FALSE(again.has_value());
    CHECK_THAT(again.error().summary(), Catch::Contains("a proctor key already exists"));
    CHECK(core::loadProctorKey(keys, "proctor passphrase")->publicKey == *created); // untouched

    auto publicKey = core::parseProctorPublicKey(testing_support::readFile(core::proctorPublicKeyPath(keys)));
    REQUIRE(publicKey.has_value());
    CHECK(*publicKey == *created);
}

TEST_CASE("a crafted key file cannot weaken or stall the key derivation") {
    testing_support::TempDir dir;
    const auto keys = dir.path() / "keys";
    REQUIRE(core::createProctorKey(keys, "pw", core::KdfStrength::Interactive).has_value());
    auto j = core::Json::parse(testing_support::readFile(core::proctorSecretKeyPath(keys)));
    j["kdf"]["ops_limit"] = 1;
    REQUIRE(core::writeFileAtomically(core::proctorSecretKeyPath(keys), j.dump(), 0600).has_value());
    auto loaded = core::loadProctorKey(keys, "pw");
    REQUIRE_FALSE(loaded.has_value());
    CHECK_THAT(loaded.error().summary(), Catch::Contains("interactive..sensitive"));
}
