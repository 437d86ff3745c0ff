// Base64 through libsodium, which decodes in constant time (key files hold secrets).
#include "platform/base64_text.hpp"

#include <sodium.h>

#include <cstring>

namespace core {

std::string toBase64(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

Result<std::vector<unsigned char>> fromBase64(std::string_view text) {
    if (text.empty()) return std::unexpected(Error("empty base64 text"));
    std::vector<unsigned char> out(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), " \r\t", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return std::unexpected(Error("not valid base64"));
    }
    out.resize(length);
    return out;
}

} // namespace core
