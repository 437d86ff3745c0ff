// Suggestions for likely typos ("did you mean ...?") in ids and field names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

std::size_t editDistance(std::string_view a, std::string_view b);

// The closest candidate, if it is close enough to be a plausible typo.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// The candidates that `word` (3 letters or more) starts, or starts one of
// their '_'-separated parts of: "spf" -> "spf30_daily".
std::vector<std::string> partMatches(std::string_view word, const std::vector<std::string>& candidates);

// " Did you mean \"x\"?" or "" when nothing is close: a typo's closest
// candidate, else up to three candidates the word starts a part of.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace core
