// ASCII-only case changes (see ascii_text.hpp).
#include "base/ascii_text.hpp"

namespace core {

std::string asciiLowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = asciiLower(c);
    return out;
}

std::string upperFirst(std::string text) {
    if (!text.empty()) text[0] = asciiUpper(text[0]);
    return text;
}

std::string lowerFirstInSentence(std::string text) {
    // A capital followed by another capital starts an acronym: keep it.
    if (!text.empty() && isAsciiUpper(text[0]) && (text.size() == 1 || !isAsciiUpper(text[1]))) text[0] = asciiLower(text[0]);
    return text;
}

} // namespace core
