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

// " Did you mean \"x\"?" or "" when nothing is close.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace core
