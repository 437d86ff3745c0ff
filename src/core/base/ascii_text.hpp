// ASCII-only character classes and case changes: the same bytes whatever the C
// locale, which std::isalnum and std::tolower follow (SDL or a translation may
// call setlocale). Bytes outside ASCII are never letters here, as in the "C" locale.
#pragma once

#include <string>
#include <string_view>

namespace core {

[[nodiscard]] constexpr bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool isAsciiAlpha(char c) { return isAsciiUpper(c) || isAsciiLower(c); }
[[nodiscard]] constexpr bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }
[[nodiscard]] constexpr bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
[[nodiscard]] constexpr char asciiLower(char c) { return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
[[nodiscard]] constexpr char asciiUpper(char c) { return isAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// The text with every ASCII capital lowered.
[[nodiscard]] std::string asciiLowered(std::string_view text);
// The text with its first letter a capital ("skin" -> "Skin").
[[nodiscard]] std::string upperFirst(std::string text);
// A label inside a sentence: a leading capital is lowered ("Chin" -> "chin",
// "A session" -> "a session"), an acronym keeps its capitals ("SPF", "PIH").
[[nodiscard]] std::string lowerFirstInSentence(std::string text);

} // namespace core
