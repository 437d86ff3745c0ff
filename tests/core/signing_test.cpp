// Signatures: round trip, any change detected, wrong keys and malformed
// files refused, secret key kept private.
#include "platform/signing.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

TEST_CASE("signing round-trips and any changed byte fails") {
    testing_support::TempDir dir;
    auto key = core::loadOrCreateSigningKey(dir.path() / "keys");
    REQUIRE(key.has_value());
    struct stat st {};
    REQUIRE(::stat((dir.path() / "keys" / "secret.key").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // Loading again gives the same key.
    auto again = core::loadOrCreateSigningKey(dir.path() / "keys");
    REQUIRE(again.has_value());
    CHECK(again->publicKey == key->publicKey);

    const std::string content = "case,score\nx,81.5\n";
    const std::string sig = core::signDetached(*key, content, "file:results.csv");
    auto pub = core::parsePublicKey(core::publicKeyText(*key));
    REQUIRE(pub.has_value());
    CHECK(core::verifyDetached(*pub, content, sig).has_value());

    std::string tampered = content;
    tampered[tampered.size() - 3] = '9';
    const auto bad = core::verifyDetached(*pub, tampered, sig);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("changed after signing") != std::string::npos);

    std::string badComment = sig;
    badComment.replace(badComment.find("file:results.csv"), 16, "file:other.csvxx");
    CHECK(core::verifyDetached(*pub, content, badComment).error().summary().find("trusted comment") != std::string::npos);
}

TEST_CASE("wrong keys and malformed signatures are refused with a reason") {
    testing_support::TempDir dir;
    auto a = core::loadOrCreateSigningKey(dir.path() / "a");
    auto b = core::loadOrCreateSigningKey(dir.path() / "b");
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    const std::string sig = core::signDetached(*a, "data", "t");
    auto other = core::parsePublicKey(core::publicKeyText(*b));
    REQUIRE(other.has_value());
    CHECK(core::verifyDetached(*other, "data", sig).error().summary().find("not by the given public key") != std::string::npos);
    auto mine = core::parsePublicKey(core::publicKeyText(*a));
    CHECK(core::verifyDetached(*mine, "data", "").error().summary().find("malformed") != std::string::npos);
    CHECK(core::verifyDetached(*mine, "data", "untrusted comment: x\n!!!\ntrusted comment: t\nAAAA\n").error().summary().find("malformed") !=
          std::string::npos);
    CHECK_FALSE(core::parsePublicKey("untrusted comment: x\nnot-base64!\n").has_value());
    CHECK_FALSE(core::parsePublicKey("").has_value());
}

TEST_CASE("a damaged secret key file is reported, not replaced") {
    testing_support::TempDir dir;
    dir.write("keys/secret.key", "garbage\n");
    const auto key = core::loadOrCreateSigningKey(dir.path() / "keys");
    REQUIRE_FALSE(key.has_value());
    CHECK(key.error().summary().find("damaged") != std::string::npos);
    CHECK(testing_support::readFile(dir.path() / "keys" / "secret.key") == "garbage\n");
}

TEST_CASE("sha-256 of known text") {
    CHECK(core::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
