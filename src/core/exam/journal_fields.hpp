// Reading one field of a journal record, with the message that names it: the
// answer codec and the perform and follow-up codec share these.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "terms/vocabulary.hpp"

#include <expected>
#include <string>

namespace core {

// The string at `key`, or "\"key\" must be a string".
[[nodiscard]] std::expected<std::string, Error> journalText(const Json& record, const char* key);
// The boolean at `key`, or "\"key\" must be true or false".
[[nodiscard]] std::expected<bool, Error> journalFlag(const Json& record, const char* key);

// The value a word names among `options`, or "\"word\" is not a <what>".
template <typename E> [[nodiscard]] std::expected<E, Error> journalChoice(const Choices<E>& options, const std::string& word, const char* what) {
    for (const auto& [name, value] : options) {
        if (name == word) return value;
    }
    return std::unexpected(Error("\"" + word + "\" is not a " + what));
}

} // namespace core
