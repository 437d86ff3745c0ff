// The exam journal's own encoding of answers. Answers are stored as small JSON
// objects with a frozen vocabulary of their own (not the UI script grammar), so
// renaming a script word can never make a signed sitting unreadable. Journals
// of version 1 stored answers as script lines; those still decode through a
// frozen copy of the words version 1 could write.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "practice/practice_commands.hpp"

#include <expected>
#include <string>

namespace core {

// The answer kinds an exam journal can hold (toggles are stored as the Set they
// resolved to, navigation is stored as its own record type).
[[nodiscard]] bool isJournalledAnswer(const Command& command);

// {"k": "flag", "id": "pregnancy", "on": true} and so on. Precondition:
// isJournalledAnswer(command).
[[nodiscard]] Json encodeAnswer(const Command& command);

// Every malformed object is an error that names the field, never a throw.
[[nodiscard]] std::expected<Command, core::Error> decodeAnswer(const Json& answer);

// Version 1 records: {"t":"cmd","line":"depth cheek_left 1.5"}.
[[nodiscard]] std::expected<Command, core::Error> decodeLegacyAnswerLine(const std::string& line);

} // namespace core
