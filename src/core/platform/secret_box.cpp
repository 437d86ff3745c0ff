// libsodium behind secret_box.hpp: every length is checked before a buffer is
// touched, and every failure is a sentence, never a crash.
#include "platform/secret_box.hpp"

#include <sodium.h>

#include <cstring>

namespace core {
namespace secret_box_detail {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char* bytesOf(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

constexpr const char* kKdfAlgorithm = "argon2id13";

} // namespace secret_box_detail

const Choices<KdfStrength>& kdfStrengthChoices() {
    static const Choices<KdfStrength> choices{{"interactive", KdfStrength::Interactive}, {"moderate", KdfStrength::Moderate}};
    return choices;
}

AeadKey::~AeadKey() { sodium_memzero(bytes.data(), bytes.size()); }

PassphraseKdf newPassphraseKdf(KdfStrength strength) {
    secret_box_detail::sodiumReady();
    PassphraseKdf kdf;
    randombytes_buf(kdf.salt.data(), kdf.salt.size());
    static_assert(sizeof kdf.salt == crypto_pwhash_SALTBYTES);
    if (strength == KdfStrength::Interactive) {
        kdf.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        kdf.memLimitBytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    } else {
        kdf.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        kdf.memLimitBytes = crypto_pwhash_MEMLIMIT_MODERATE;
    }
    return kdf;
}

Json kdfToJson(const PassphraseKdf& kdf) {
    const std::string salt(reinterpret_cast<const char*>(kdf.salt.data()), kdf.salt.size());
    return Json{{"algorithm", secret_box_detail::kKdfAlgorithm},
                {"salt", base64Encode(salt)},
                {"ops_limit", kdf.opsLimit},
                {"mem_limit_bytes", kdf.memLimitBytes}};
}

Result<PassphraseKdf> kdfFromJson(const Json& json) {
    if (!json.is_object()) return std::unexpected(Error("\"kdf\" must be an object"));
    const auto algorithm = json.find("algorithm");
    if (algorithm == json.end() || *algorithm != secret_box_detail::kKdfAlgorithm) {
        return std::unexpected(Error("\"kdf\": only the algorithm \"argon2id13\" is known"));
    }
    const auto salt = json.find("salt");
    if (salt == json.end() || !salt->is_string()) return std::unexpected(Error("\"kdf\": \"salt\" must be base64 text"));
    auto saltBytes = base64DecodeFixed<16>(salt->get<std::string>());
    if (!saltBytes) return std::unexpected(saltBytes.error().context("\"kdf\": \"salt\""));
    PassphraseKdf kdf;
    kdf.salt = *saltBytes;
    const auto ops = json.find("ops_limit");
    const auto mem = json.find("mem_limit_bytes");
    if (ops == json.end() || !ops->is_number_unsigned() || mem == json.end() || !mem->is_number_unsigned()) {
        return std::unexpected(Error("\"kdf\": \"ops_limit\" and \"mem_limit_bytes\" must be whole numbers"));
    }
    kdf.opsLimit = ops->get<std::uint64_t>();
    kdf.memLimitBytes = mem->get<std::uint64_t>();
    if (kdf.opsLimit < crypto_pwhash_OPSLIMIT_INTERACTIVE || kdf.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        kdf.memLimitBytes < crypto_pwhash_MEMLIMIT_INTERACTIVE || kdf.memLimitBytes > crypto_pwhash_MEMLIMIT_SENSITIVE) {
        return std::unexpected(Error("\"kdf\": the Argon2id limits are outside libsodium's interactive..sensitive range"));
    }
    return kdf;
}

Result<AeadKey> deriveKeyFromPassphrase(std::string_view passphrase, const PassphraseKdf& kdf) {
    if (!secret_box_detail::sodiumReady()) return std::unexpected(Error("libsodium could not be initialised"));
    if (passphrase.empty()) return std::unexpected(Error("the passphrase is empty"));
    AeadKey key;
    if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.data(), passphrase.size(), kdf.salt.data(),
                      static_cast<unsigned long long>(kdf.opsLimit), static_cast<std::size_t>(kdf.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return std::unexpected(Error("Argon2id ran out of memory (it needs " + std::to_string(kdf.memLimitBytes >> 20) +
                                     " MiB): close other programs and try again"));
    }
    return key;
}

Json aeadSeal(const AeadKey& key, std::string_view plaintext, std::string_view associatedData) {
    secret_box_detail::sodiumReady();
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    std::string ciphertext(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(ciphertext.data()), &length,
                                               secret_box_detail::bytesOf(plaintext), plaintext.size(),
                                               secret_box_detail::bytesOf(associatedData), associatedData.size(), nullptr,
                                               nonce.data(), key.bytes.data());
    ciphertext.resize(static_cast<std::size_t>(length));
    return Json{{"nonce", base64Encode(std::string_view(reinterpret_cast<const char*>(nonce.data()), nonce.size()))},
                {"ciphertext", base64Encode(ciphertext)}};
}

Result<std::string> aeadOpen(const AeadKey& key, const Json& sealed, std::string_view associatedData) {
    if (!secret_box_detail::sodiumReady()) return std::unexpected(Error("libsodium could not be initialised"));
    if (!sealed.is_object()) return std::unexpected(Error("the sealed part must be an object with \"nonce\" and \"ciphertext\""));
    const auto nonceIt = sealed.find("nonce");
    const auto textIt = sealed.find("ciphertext");
    if (nonceIt == sealed.end() || !nonceIt->is_string() || textIt == sealed.end() || !textIt->is_string()) {
        return std::unexpected(Error("the sealed part needs base64 text \"nonce\" and \"ciphertext\""));
    }
    auto nonce = base64DecodeFixed<crypto_aead_xchacha20poly1305_ietf_NPUBBYTES>(nonceIt->get<std::string>());
    if (!nonce) return std::unexpected(nonce.error().context("\"nonce\""));
    auto ciphertext = base64Decode(textIt->get<std::string>());
    if (!ciphertext) return std::unexpected(ciphertext.error().context("\"ciphertext\""));
    if (ciphertext->size() < crypto_aead_xchacha20poly1305_ietf_ABYTES) return std::unexpected(Error("\"ciphertext\" is too short to be sealed"));
    std::string plaintext(ciphertext->size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()), &length, nullptr,
                                                   secret_box_detail::bytesOf(*ciphertext), ciphertext->size(),
                                                   secret_box_detail::bytesOf(associatedData), associatedData.size(),
                                                   nonce->data(), key.bytes.data()) != 0) {
        return std::unexpected(Error("it does not open: the passphrase is wrong or the file was changed"));
    }
    plaintext.resize(static_cast<std::size_t>(length));
    return plaintext;
}

BoxKeyPair newBoxKeyPair() {
    secret_box_detail::sodiumReady();
    BoxKeyPair keys;
    static_assert(sizeof keys.publicKey == crypto_box_PUBLICKEYBYTES && sizeof keys.secretKey == crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(keys.publicKey.data(), keys.secretKey.data());
    return keys;
}

std::string boxSeal(std::string_view plaintext, const std::array<unsigned char, 32>& publicKey) {
    secret_box_detail::sodiumReady();
    std::string sealed(plaintext.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret_box_detail::bytesOf(plaintext), plaintext.size(),
                    publicKey.data());
    return sealed;
}

Result<std::string> boxOpen(std::string_view sealed, const BoxKeyPair& keys) {
    if (!secret_box_detail::sodiumReady()) return std::unexpected(Error("libsodium could not be initialised"));
    if (sealed.size() < crypto_box_SEALBYTES) return std::unexpected(Error("it is too short to be a sealed box"));
    std::string plaintext(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plaintext.data()), secret_box_detail::bytesOf(sealed), sealed.size(),
                             keys.publicKey.data(), keys.secretKey.data()) != 0) {
        return std::unexpected(Error("it does not open with this proctor key: it was sealed to another key, or changed"));
    }
    return plaintext;
}

std::string base64Encode(std::string_view bytes) {
    secret_box_detail::sodiumReady();
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), secret_box_detail::bytesOf(bytes), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

Result<std::string> base64Decode(std::string_view text) {
    if (!secret_box_detail::sodiumReady()) return std::unexpected(Error("libsodium could not be initialised"));
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return std::unexpected(Error("is not valid base64"));
    }
    out.resize(length);
    return out;
}

} // namespace core
