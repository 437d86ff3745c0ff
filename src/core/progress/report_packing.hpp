// How the progress store keeps a Report small: the long texts every attempt
// of a case repeats (explanations, sources, citations; ~80% of a report) are
// stored once and referred to by id, and the rest is deflated.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace core {

// Texts shorter than this stay in the report (an id would save nothing).
inline constexpr std::size_t kMinSharedTextBytes = 24;

using TextIdOf = std::function<Result<std::int64_t>(const std::string& text)>;
using TextOfId = std::function<const std::string*(std::int64_t id)>;

// Any text deflated, with its size in front; and back (an error when damaged).
[[nodiscard]] Result<std::string> deflateText(std::string_view text);
[[nodiscard]] Result<std::string> inflateText(std::string_view packed);

// reportToJson text -> packed bytes; `idOf` stores a text (once) and gives its id.
[[nodiscard]] Result<std::string> packReportJson(std::string_view reportJson, const TextIdOf& idOf);
[[nodiscard]] Result<std::string> packReport(Json report, const TextIdOf& idOf); // the same, already parsed
// The packed bytes back to the same JSON (compact); an unknown id or bad bytes is an error.
[[nodiscard]] Result<std::string> unpackReportJson(std::string_view packed, const TextOfId& textOf);

} // namespace core
