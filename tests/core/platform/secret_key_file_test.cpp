// The encrypted secret key file: round trip, wrong passphrase, minisign's byte
// layout, and every kind of file that must be refused.
#include "platform/secret_key_file.hpp"

#include "platform/base64_text.hpp"

#include <catch2/catch.hpp>

#include <cstring>

namespace secret_key_file_test {

std::vector<unsigned char> keyBytes(const std::string& fileText) {
    const auto second = fileText.substr(fileText.find('\n') + 1);
    auto bytes = core::fromBase64(second.substr(0, second.find('\n')));
    REQUIRE(bytes.has_value());
    return *bytes;
}

std::string fileFromBytes(const std::vector<unsigned char>& bytes) {
    return "untrusted comment: test\n" + core::toBase64(bytes.data(), bytes.size()) + "\n";
}

} // namespace secret_key_file_test

TEST_CASE("a sealed key opens with its passphrase to the same key, and a wrong passphrase is refused") {
    const core::SigningKey key = core::generateSigningKey();
    const auto text = core::sealSecretKey(key, "correct horse", core::KdfCost::Interactive);
    REQUIRE(text.has_value());
    CHECK(text->rfind("untrusted comment: ", 0) == 0);
    const auto sealed = core::parseSecretKeyFile(*text);
    REQUIRE(sealed.has_value());
    const auto opened = core::openSecretKey(*sealed, "correct horse");
    REQUIRE(opened.has_value());
    CHECK(opened->keyId == key.keyId);
    CHECK(opened->secretKey == key.secretKey);
    CHECK(opened->publicKey == key.publicKey);

    const auto wrong = core::openSecretKey(*sealed, "correct horse ");
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().summary().find("wrong passphrase") != std::string::npos);
}

TEST_CASE("the sealed file has minisign's layout, and the key is not readable in it") {
    const core::SigningKey key = core::generateSigningKey();
    const auto text = core::sealSecretKey(key, "pw", core::KdfCost::Interactive);
    REQUIRE(text.has_value());
    const auto bytes = secret_key_file_test::keyBytes(*text);
    // minisign.h: sig_alg[2] kdf_alg[2] chk_alg[2] salt[32] opslimit[8] memlimit[8] keynum[8] sk[64] chk[32] = 158 bytes.
    REQUIRE(bytes.size() == 158);
    CHECK(std::string(bytes.begin(), bytes.begin() + 6) == "EdScB2");
    // libsodium's interactive scrypt limits are 2^19 operations and 2^24 bytes,
    // little-endian: byte 2 of the opslimit is 0x08, byte 3 of the memlimit is 0x01.
    const std::vector<unsigned char> ops(bytes.begin() + 38, bytes.begin() + 46);
    const std::vector<unsigned char> mem(bytes.begin() + 46, bytes.begin() + 54);
    CHECK(ops == std::vector<unsigned char>{0x00, 0x00, 0x08, 0, 0, 0, 0, 0});
    CHECK(mem == std::vector<unsigned char>{0x00, 0x00, 0x00, 0x01, 0, 0, 0, 0});
    // Encrypted: neither the key id nor the secret key appears in clear.
    CHECK(std::memcmp(bytes.data() + 54, key.keyId.data(), 8) != 0);
    CHECK(std::memcmp(bytes.data() + 62, key.secretKey.data(), 64) != 0);
    // Two seals of one key differ (a fresh salt each time).
    const auto again = core::sealSecretKey(key, "pw", core::KdfCost::Interactive);
    REQUIRE(again.has_value());
    CHECK(*again != *text);
}

TEST_CASE("files that are not an encrypted minisign key are refused with the reason") {
    const core::SigningKey key = core::generateSigningKey();
    const auto text = core::sealSecretKey(key, "pw", core::KdfCost::Interactive);
    REQUIRE(text.has_value());
    const auto good = secret_key_file_test::keyBytes(*text);
    auto refusal = [](const std::string& fileText) {
        const auto parsed = core::parseSecretKeyFile(fileText);
        REQUIRE_FALSE(parsed.has_value());
        return parsed.error().summary();
    };
    CHECK(refusal("").find("not a minisign secret key") != std::string::npos);
    CHECK(refusal("untrusted comment: x\nAAAA\n").find("malformed") != std::string::npos);
    auto unencrypted = good;
    unencrypted[2] = 0;
    unencrypted[3] = 0; // minisign -W writes kdf_alg as two zero bytes
    CHECK(refusal(secret_key_file_test::fileFromBytes(unencrypted)).find("not encrypted") != std::string::npos);
    auto otherKdf = good;
    otherKdf[2] = 'A';
    CHECK(refusal(secret_key_file_test::fileFromBytes(otherKdf)).find("key derivation") != std::string::npos);
    auto hugeMemory = good;
    hugeMemory[46 + 7] = 0x10; // 2^60 bytes
    CHECK(refusal(secret_key_file_test::fileFromBytes(hugeMemory)).find("outside minisign's range") != std::string::npos);
    CHECK(refusal("mntrainer secret key v1\nAAAA\n").find("keys migrate") != std::string::npos);
}

TEST_CASE("the old unencrypted format is recognised and read to the same key") {
    const core::SigningKey key = core::generateSigningKey();
    std::vector<unsigned char> blob(key.keyId.begin(), key.keyId.end());
    blob.insert(blob.end(), key.secretKey.begin(), key.secretKey.end());
    const std::string old = "mntrainer secret key v1\n" + core::toBase64(blob.data(), blob.size()) + "\n";
    CHECK(core::isOldFormatSecretKey(old));
    const auto read = core::parseOldFormatSecretKey(old);
    REQUIRE(read.has_value());
    CHECK(read->keyId == key.keyId);
    CHECK(read->publicKey == key.publicKey);
    CHECK_FALSE(core::isOldFormatSecretKey("untrusted comment: x\n"));
    CHECK_FALSE(core::parseOldFormatSecretKey("mntrainer secret key v1\nAAAA\n").has_value());
}
