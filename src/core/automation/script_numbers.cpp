// Script number words, shared by the practice and editor script parsers.
#include "automation/script_numbers.hpp"

#include <charconv>
#include <cmath>

namespace core::script_numbers {

Result<double> number(const std::string& word) {
    double v = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), v);
    if (ec != std::errc() || end != word.data() + word.size() || !std::isfinite(v)) {
        return std::unexpected(Error("\"" + word + "\" is not a number"));
    }
    return v;
}

Result<int> whole(const std::string& word) {
    auto v = number(word);
    if (!v) return std::unexpected(v.error());
    if (*v != std::floor(*v) || std::abs(*v) > 1e6) return std::unexpected(Error("\"" + word + "\" is not a whole number"));
    return static_cast<int>(*v);
}

} // namespace core::script_numbers
