// minisign's secret key format, checked against jedisct1/minisign src/minisign.c
// (seckey_load, decrypt_key, encrypt_key, seckey_compute_chk) and minisign.h:
//   "untrusted comment: ...\n" base64(sig_alg "Ed" | kdf_alg "Sc" | chk_alg "B2"
//   | kdf_salt[32] | opslimit[8 LE] | memlimit[8 LE] | keynum_sk) "\n"
//   keynum_sk = (key_id[8] | secret_key[64] | checksum[32]) XOR scrypt(passphrase, salt)[104]
//   checksum  = BLAKE2b-256(sig_alg | key_id | secret_key), over the plain key.
#include "platform/secret_key_file.hpp"

#include "platform/base64_text.hpp"

#include <sodium.h>

#include <cstring>
#include <sstream>
#include <vector>

namespace core {
namespace secret_key_bytes {

constexpr const char* kOldHeader = "mntrainer secret key v1";
constexpr std::size_t kHeaderBytes = 2 + 2 + 2 + 32 + 8 + 8;
constexpr std::size_t kFileBytes = kHeaderBytes + 8 + 64 + 32;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::uint64_t loadLe64(const unsigned char* bytes) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | bytes[i];
    return value;
}

void storeLe64(unsigned char* bytes, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
}

// The second line of the file (minisign reads the first as a comment, whatever it says).
std::string keyLine(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::string line;
    std::getline(in, line);
    line.clear();
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::array<unsigned char, 32> checksum(const unsigned char* keyId, const unsigned char* secretKey) {
    std::array<unsigned char, 32> out{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, out.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("Ed"), 2);
    crypto_generichash_update(&state, keyId, 8);
    crypto_generichash_update(&state, secretKey, 64);
    crypto_generichash_final(&state, out.data(), out.size());
    return out;
}

// scrypt's stream for the passphrase; false when the machine lacks the memory.
bool deriveStream(std::array<unsigned char, 104>& stream, std::string_view passphrase, const unsigned char* salt, const KdfLimits& limits) {
    return crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), passphrase.data(), passphrase.size(), salt, limits.opsLimit,
                                              static_cast<std::size_t>(limits.memLimit)) == 0;
}

} // namespace secret_key_bytes

KdfLimits kdfLimits(KdfCost cost) {
    if (cost == KdfCost::Interactive) {
        return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE, crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
    }
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE, crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};
}

Result<SealedSecretKey> parseSecretKeyFile(std::string_view text) {
    if (isOldFormatSecretKey(text)) {
        return std::unexpected(Error("this is the old unencrypted key format: run `mntrainer keys migrate` to encrypt it with a passphrase"));
    }
    if (text.rfind("untrusted comment:", 0) != 0) {
        return std::unexpected(Error("not a minisign secret key file (the first line must start \"untrusted comment:\")"));
    }
    auto blob = fromBase64(secret_key_bytes::keyLine(text));
    if (!blob || blob->size() != secret_key_bytes::kFileBytes) {
        return std::unexpected(Error("malformed minisign secret key (expected " + std::to_string(secret_key_bytes::kFileBytes) +
                                     " bytes of base64 on the second line)"));
    }
    const unsigned char* b = blob->data();
    if (std::memcmp(b, "Ed", 2) != 0) return std::unexpected(Error("unsupported signature algorithm (only Ed25519, \"Ed\")"));
    if (std::memcmp(b + 4, "B2", 2) != 0) return std::unexpected(Error("unsupported checksum function (only BLAKE2b, \"B2\")"));
    if (b[2] == 0 && b[3] == 0) {
        return std::unexpected(Error("this minisign key is not encrypted (made with -W): the proctor's key must have a passphrase; "
                                     "make one with `mntrainer keys init`"));
    }
    if (std::memcmp(b + 2, "Sc", 2) != 0) return std::unexpected(Error("unsupported key derivation function (only scrypt, \"Sc\")"));
    SealedSecretKey sealed;
    std::memcpy(sealed.salt.data(), b + 6, 32);
    sealed.limits = {secret_key_bytes::loadLe64(b + 38), secret_key_bytes::loadLe64(b + 46)};
    // A file may ask for any cost; more than minisign's own maximum is refused
    // rather than letting a damaged file hold the machine for minutes.
    const KdfLimits most = kdfLimits(KdfCost::Sensitive);
    if (sealed.limits.opsLimit < crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_MIN || sealed.limits.opsLimit > most.opsLimit ||
        sealed.limits.memLimit < crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_MIN || sealed.limits.memLimit > most.memLimit) {
        return std::unexpected(Error("the key's scrypt limits (opslimit " + std::to_string(sealed.limits.opsLimit) + ", memlimit " +
                                     std::to_string(sealed.limits.memLimit) + ") are outside minisign's range: the file is damaged"));
    }
    std::memcpy(sealed.sealed.data(), b + secret_key_bytes::kHeaderBytes, sealed.sealed.size());
    sodium_memzero(blob->data(), blob->size());
    return sealed;
}

Result<SigningKey> openSecretKey(const SealedSecretKey& sealed, std::string_view passphrase) {
    if (!secret_key_bytes::sodiumReady()) return std::unexpected(Error("libsodium could not start"));
    std::array<unsigned char, 104> plain{};
    if (!secret_key_bytes::deriveStream(plain, passphrase, sealed.salt.data(), sealed.limits)) {
        return std::unexpected(Error("not enough memory to derive the key from the passphrase (scrypt memlimit " +
                                     std::to_string(sealed.limits.memLimit) + " bytes)"));
    }
    for (std::size_t i = 0; i < plain.size(); ++i) plain[i] ^= sealed.sealed[i];
    const auto expected = secret_key_bytes::checksum(plain.data(), plain.data() + 8);
    const bool right = sodium_memcmp(expected.data(), plain.data() + 72, 32) == 0;
    SigningKey key;
    if (right) {
        std::memcpy(key.keyId.data(), plain.data(), 8);
        std::memcpy(key.secretKey.data(), plain.data() + 8, 64);
        crypto_sign_ed25519_sk_to_pk(key.publicKey.data(), key.secretKey.data());
    }
    sodium_memzero(plain.data(), plain.size());
    if (!right) return std::unexpected(Error("wrong passphrase for the signing key"));
    return key;
}

Result<std::string> sealSecretKey(const SigningKey& key, std::string_view passphrase, KdfCost cost) {
    if (!secret_key_bytes::sodiumReady()) return std::unexpected(Error("libsodium could not start"));
    std::array<unsigned char, secret_key_bytes::kFileBytes> file{};
    std::memcpy(file.data(), "EdScB2", 6);
    randombytes_buf(file.data() + 6, 32);
    KdfLimits limits = kdfLimits(cost);
    std::array<unsigned char, 104> stream{};
    while (!secret_key_bytes::deriveStream(stream, passphrase, file.data() + 6, limits)) {
        limits.opsLimit /= 2;
        limits.memLimit /= 2;
        if (limits.opsLimit < crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_MIN || limits.memLimit < crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_MIN) {
            return std::unexpected(Error("not enough memory to derive a key from the passphrase"));
        }
    }
    secret_key_bytes::storeLe64(file.data() + 38, limits.opsLimit);
    secret_key_bytes::storeLe64(file.data() + 46, limits.memLimit);
    unsigned char* keynum = file.data() + secret_key_bytes::kHeaderBytes;
    std::memcpy(keynum, key.keyId.data(), 8);
    std::memcpy(keynum + 8, key.secretKey.data(), 64);
    const auto sum = secret_key_bytes::checksum(key.keyId.data(), key.secretKey.data());
    std::memcpy(keynum + 72, sum.data(), 32);
    for (std::size_t i = 0; i < stream.size(); ++i) keynum[i] ^= stream[i];
    sodium_memzero(stream.data(), stream.size());
    std::string text = "untrusted comment: mntrainer encrypted secret key " + hexKeyId(key.keyId) + "\n";
    text += toBase64(file.data(), file.size());
    text += '\n';
    return text;
}

bool isOldFormatSecretKey(std::string_view text) { return text.rfind(secret_key_bytes::kOldHeader, 0) == 0; }

Result<SigningKey> parseOldFormatSecretKey(std::string_view text) {
    auto blob = fromBase64(secret_key_bytes::keyLine(text));
    if (!isOldFormatSecretKey(text) || !blob || blob->size() != 8 + 64) {
        return std::unexpected(Error("not an old-format (unencrypted) mntrainer key, or a damaged one"));
    }
    SigningKey key;
    std::memcpy(key.keyId.data(), blob->data(), 8);
    std::memcpy(key.secretKey.data(), blob->data() + 8, 64);
    sodium_memzero(blob->data(), blob->size());
    crypto_sign_ed25519_sk_to_pk(key.publicKey.data(), key.secretKey.data());
    return key;
}

} // namespace core
