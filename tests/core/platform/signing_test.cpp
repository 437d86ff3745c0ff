// Signatures: round trip, any change detected, wrong keys and malformed
// files refused, an unlocked key wiped when it goes.
#include "platform/signing.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <new>

TEST_CASE("signing round-trips and any changed byte fails") {
    const auto key = std::optional<core::SigningKey>(core::generateSigningKey());

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
    const auto a = std::optional<core::SigningKey>(core::generateSigningKey());
    const auto b = std::optional<core::SigningKey>(core::generateSigningKey());
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

TEST_CASE("a signing key wipes its secret half when it goes, and a wiped passphrase is empty") {
    // The key is built in storage the test owns, so its bytes can be read after the destructor ran.
    alignas(core::SigningKey) unsigned char storage[sizeof(core::SigningKey)];
    auto* key = new (storage) core::SigningKey(core::generateSigningKey());
    const auto secretAt = offsetof(core::SigningKey, secretKey);
    bool anyNonZero = false;
    for (std::size_t i = 0; i < 64; ++i) anyNonZero = anyNonZero || storage[secretAt + i] != 0;
    REQUIRE(anyNonZero); // a real key is there before
    key->~SigningKey();
    for (std::size_t i = 0; i < 64; ++i) CHECK(storage[secretAt + i] == 0);

    std::string passphrase = "correct horse";
    core::wipeSecret(passphrase);
    CHECK(passphrase.empty());
}

TEST_CASE("sha-256 of known text") {
    CHECK(core::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
