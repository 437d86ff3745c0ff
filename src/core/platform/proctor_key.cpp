// Proctor key files. Both are JSON: the public file holds the key in base64;
// the secret file holds the KDF settings and the secret key sealed with the
// passphrase, with the public key as associated data so the two stay a pair.
#include "platform/proctor_key.hpp"

#include "platform/atomic_file.hpp"

namespace core {
namespace proctor_key_detail {

constexpr const char* kPublicFormat = "mntrainer-proctor-public-key";
constexpr const char* kSecretFormat = "mntrainer-proctor-secret-key";

std::string asText(const std::array<unsigned char, 32>& bytes) {
    return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

std::string associatedData(const BoxPublicKey& publicKey) { return std::string(kSecretFormat) + " 1 " + asText(publicKey); }

Result<Json> parseObject(std::string_view text, const char* format) {
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return std::unexpected(Error("is not JSON"));
    if (json.value("format", "") != format) return std::unexpected(Error(std::string("is not a \"") + format + "\" file"));
    if (!json.contains("version") || json["version"] != 1) return std::unexpected(Error("has a version this build does not know (expected 1)"));
    return json;
}

} // namespace proctor_key_detail

std::filesystem::path proctorSecretKeyPath(const std::filesystem::path& keyDir) { return keyDir / "proctor.box.key"; }
std::filesystem::path proctorPublicKeyPath(const std::filesystem::path& keyDir) { return keyDir / "proctor.box.pub"; }

std::string proctorPublicKeyText(const BoxPublicKey& key) {
    return Json{{"format", proctor_key_detail::kPublicFormat}, {"version", 1}, {"public_key", base64Encode(proctor_key_detail::asText(key))}}
               .dump(2) +
           "\n";
}

Result<BoxPublicKey> parseProctorPublicKey(std::string_view text) {
    auto json = proctor_key_detail::parseObject(text, proctor_key_detail::kPublicFormat);
    if (!json) return std::unexpected(json.error());
    const auto key = json->find("public_key");
    if (key == json->end() || !key->is_string()) return std::unexpected(Error("has no base64 \"public_key\""));
    auto bytes = base64DecodeFixed<32>(key->get<std::string>());
    if (!bytes) return std::unexpected(bytes.error().context("\"public_key\""));
    return *bytes;
}

Result<BoxPublicKey> createProctorKey(const std::filesystem::path& keyDir, std::string_view passphrase, KdfStrength strength) {
    const auto secretPath = proctorSecretKeyPath(keyDir);
    std::error_code ec;
    if (std::filesystem::exists(secretPath, ec) || std::filesystem::exists(proctorPublicKeyPath(keyDir), ec)) {
        return std::unexpected(Error("a proctor key already exists in " + keyDir.string() +
                                     ": results sealed to it could no longer be opened if it were replaced; move it away first"));
    }
    const PassphraseKdf kdf = newPassphraseKdf(strength);
    auto key = deriveKeyFromPassphrase(passphrase, kdf);
    if (!key) return std::unexpected(key.error());
    BoxKeyPair pair = newBoxKeyPair();
    const Json secret{{"format", proctor_key_detail::kSecretFormat},
                      {"version", 1},
                      {"public_key", base64Encode(proctor_key_detail::asText(pair.publicKey))},
                      {"kdf", kdfToJson(kdf)},
                      {"secret_key", aeadSeal(*key, proctor_key_detail::asText(pair.secretKey), proctor_key_detail::associatedData(pair.publicKey))}};
    const BoxPublicKey publicKey = pair.publicKey;
    pair.secretKey.fill(0);
    std::filesystem::create_directories(keyDir, ec);
    // The secret file is 0600 from its first byte; it is written before the public one, so a
    // public key on disk always has its secret beside it.
    if (auto problem = writeFileAtomically(secretPath, secret.dump(2) + "\n", 0600); !problem) return std::unexpected(problem.error());
    if (auto problem = writeFileAtomically(proctorPublicKeyPath(keyDir), proctorPublicKeyText(publicKey)); !problem) {
        return std::unexpected(problem.error());
    }
    return publicKey;
}

Result<BoxKeyPair> loadProctorKey(const std::filesystem::path& keyDir, std::string_view passphrase) {
    const auto secretPath = proctorSecretKeyPath(keyDir);
    const auto text = readWholeFile(secretPath);
    if (!text) {
        return std::unexpected(Error("there is no proctor key at " + secretPath.string() + ": create one with `mntrainer proctor-key init`"));
    }
    const auto fail = [&](const Error& e) { return std::unexpected(e.context(secretPath.string())); };
    auto json = proctor_key_detail::parseObject(*text, proctor_key_detail::kSecretFormat);
    if (!json) return fail(json.error());
    const auto publicIt = json->find("public_key");
    if (publicIt == json->end() || !publicIt->is_string()) return fail(Error("has no base64 \"public_key\""));
    auto publicKey = base64DecodeFixed<32>(publicIt->get<std::string>());
    if (!publicKey) return fail(publicKey.error().context("\"public_key\""));
    auto kdf = kdfFromJson(json->value("kdf", Json()));
    if (!kdf) return fail(kdf.error());
    auto key = deriveKeyFromPassphrase(passphrase, *kdf);
    if (!key) return fail(key.error());
    auto secret = aeadOpen(*key, json->value("secret_key", Json()), proctor_key_detail::associatedData(*publicKey));
    if (!secret) return fail(Error("the passphrase is wrong (or the key file was changed): the proctor key does not open"));
    if (secret->size() != 32) return fail(Error("the secret key has the wrong length"));
    BoxKeyPair pair;
    pair.publicKey = *publicKey;
    std::copy(secret->begin(), secret->end(), pair.secretKey.begin());
    std::fill(secret->begin(), secret->end(), '\0');
    return pair;
}

} // namespace core
