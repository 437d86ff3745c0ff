// Locale-free number text (see number_text.hpp).
#include "base/number_text.hpp"

#include <array>
#include <charconv>

namespace core {

std::string numberText(double value) {
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, 6);
    if (error != std::errc{}) return "?";
    return std::string(buffer.data(), end);
}

} // namespace core
