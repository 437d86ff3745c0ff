// minisign-compatible signing with libsodium. Formats (minisign 0.11):
//   public key: base64("Ed" || key_id[8] || pk[32])
//   signature:  base64("ED" || key_id[8] || ed25519(BLAKE2b-512(file))[64])
//   trusted comment line, then base64(ed25519(signature[64] || trusted_comment)).
#include "platform/signing.hpp"

#include "platform/base64_text.hpp"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <sstream>
#include <vector>

namespace core {
namespace {

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

bool initialise() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

std::string hexKeyId(const std::array<unsigned char, 8>& keyId) {
    // minisign prints the id as a little-endian 64-bit number.
    char text[17];
    for (int i = 0; i < 8; ++i) std::snprintf(text + 2 * i, 3, "%02X", keyId[static_cast<std::size_t>(7 - i)]);
    return text;
}

std::filesystem::path publicKeyPath(const std::filesystem::path& keyDir) { return keyDir / "public.pub"; }

std::string publicKeyText(const SigningKey& key) {
    unsigned char blob[42];
    blob[0] = 'E';
    blob[1] = 'd';
    std::memcpy(blob + 2, key.keyId.data(), 8);
    std::memcpy(blob + 10, key.publicKey.data(), 32);
    return "untrusted comment: minisign public key " + hexKeyId(key.keyId) + "\n" + toBase64(blob, sizeof blob) + "\n";
}

std::expected<PublicKey, core::Error> parsePublicKey(std::string_view text) {
    const auto l = lines(text);
    std::string encoded;
    for (const auto& line : l) {
        if (!line.empty() && line.rfind("untrusted comment:", 0) != 0) {
            encoded = line;
            break;
        }
    }
    if (encoded.empty()) return std::unexpected(std::string("no key line: this is not a minisign public key file"));
    auto blob = fromBase64(encoded);
    if (!blob || blob->size() != 42 || (*blob)[0] != 'E' || (*blob)[1] != 'd') {
        return std::unexpected(std::string("malformed minisign public key (expected 42 bytes starting \"Ed\")"));
    }
    PublicKey key;
    std::memcpy(key.keyId.data(), blob->data() + 2, 8);
    std::memcpy(key.key.data(), blob->data() + 10, 32);
    return key;
}

void wipeSecret(std::string& secret) {
    if (!secret.empty()) sodium_memzero(secret.data(), secret.size());
    secret.clear();
}

SigningKey::~SigningKey() { sodium_memzero(secretKey.data(), secretKey.size()); }

SigningKey generateSigningKey() {
    if (!initialise()) std::abort(); // libsodium cannot start only when the system has no randomness at all
    SigningKey key;
    crypto_sign_keypair(key.publicKey.data(), key.secretKey.data());
    randombytes_buf(key.keyId.data(), key.keyId.size());
    return key;
}

std::string signDetached(const SigningKey& key, std::string_view content, const std::string& trustedComment) {
    initialise();
    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(content.data()), content.size(), nullptr, 0);
    unsigned char blob[74];
    blob[0] = 'E';
    blob[1] = 'D';
    std::memcpy(blob + 2, key.keyId.data(), 8);
    crypto_sign_detached(blob + 10, nullptr, hash, sizeof hash, key.secretKey.data());
    std::vector<unsigned char> global(blob + 10, blob + 74);
    global.insert(global.end(), trustedComment.begin(), trustedComment.end());
    unsigned char globalSig[64];
    crypto_sign_detached(globalSig, nullptr, global.data(), global.size(), key.secretKey.data());
    return "untrusted comment: signature from mntrainer key " + hexKeyId(key.keyId) + "\n" + toBase64(blob, sizeof blob) + "\n" +
           "trusted comment: " + trustedComment + "\n" + toBase64(globalSig, sizeof globalSig) + "\n";
}

Result<std::array<unsigned char, 8>> signatureKeyId(std::string_view signatureText) {
    const auto l = lines(signatureText);
    if (l.size() < 2 || l[0].rfind("untrusted comment:", 0) != 0) {
        return std::unexpected(std::string("malformed signature file: expected four minisign lines"));
    }
    auto blob = fromBase64(l[1]);
    if (!blob || blob->size() != 74 || (*blob)[0] != 'E' || ((*blob)[1] != 'D' && (*blob)[1] != 'd')) {
        return std::unexpected(std::string("malformed signature: expected 74 bytes starting \"ED\" or \"Ed\""));
    }
    std::array<unsigned char, 8> id{};
    std::memcpy(id.data(), blob->data() + 2, 8);
    return id;
}

std::expected<void, core::Error> verifyDetached(const PublicKey& key, std::string_view content, std::string_view signatureText) {
    initialise();
    const auto l = lines(signatureText);
    if (l.size() < 4 || l[0].rfind("untrusted comment:", 0) != 0 || l[2].rfind("trusted comment: ", 0) != 0) {
        return std::unexpected(std::string("malformed signature file: expected four minisign lines"));
    }
    auto blob = fromBase64(l[1]);
    if (!blob || blob->size() != 74 || (*blob)[0] != 'E' || ((*blob)[1] != 'D' && (*blob)[1] != 'd')) {
        return std::unexpected(std::string("malformed signature: expected 74 bytes starting \"ED\" or \"Ed\""));
    }
    if (std::memcmp(blob->data() + 2, key.keyId.data(), 8) != 0) {
        std::array<unsigned char, 8> id{};
        std::memcpy(id.data(), blob->data() + 2, 8);
        return std::unexpected("signed by key " + hexKeyId(id) + ", not by the given public key " + hexKeyId(key.keyId));
    }
    const bool prehashed = (*blob)[1] == 'D';
    int ok = 0;
    if (prehashed) {
        unsigned char hash[crypto_generichash_BYTES_MAX];
        crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(content.data()), content.size(), nullptr, 0);
        ok = crypto_sign_verify_detached(blob->data() + 10, hash, sizeof hash, key.key.data());
    } else {
        ok = crypto_sign_verify_detached(blob->data() + 10, reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                                         key.key.data());
    }
    if (ok != 0) return std::unexpected(std::string("signature does not match the file: it was changed after signing"));
    auto global = fromBase64(l[3]);
    if (!global || global->size() != 64) return std::unexpected(std::string("malformed global signature"));
    const std::string trusted = l[2].substr(std::strlen("trusted comment: "));
    std::vector<unsigned char> signedPart(blob->data() + 10, blob->data() + 74);
    signedPart.insert(signedPart.end(), trusted.begin(), trusted.end());
    if (crypto_sign_verify_detached(global->data(), signedPart.data(), signedPart.size(), key.key.data()) != 0) {
        return std::unexpected(std::string("the trusted comment was changed after signing"));
    }
    return {};
}

std::string sha256Hex(std::string_view content) {
    initialise();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(content.data()), content.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace core
