// The exam journal's encoding of the answers given after the plan: perform
// strokes (drawn, scripted or generated), the cartridge, a zone cleared, and
// the follow-up visits with their management (the draft ticks and the
// confirmation that grades and locks them). Part of answer_codec's frozen
// vocabulary ({"k": "stroke", ...}); split out so each file keeps one job.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "practice/practice_commands.hpp"

#include <expected>
#include <optional>
#include <string>

namespace core {

// True for the perform and follow-up commands the journal stores.
[[nodiscard]] bool isStageAnswer(const Command& command);

// Precondition: isStageAnswer(command).
[[nodiscard]] Json encodeStageAnswer(const Command& command);

// The command for answer kind `kind`; nullopt when the kind is not one of
// these (answer_codec then reports it unknown). Every field is type-checked.
[[nodiscard]] std::optional<std::expected<Command, core::Error>> decodeStageAnswer(const std::string& kind, const Json& answer);

} // namespace core
