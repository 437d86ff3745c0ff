// Recall screening's completion: what the trainee has typed -> the catalogue's
// contraindications it could mean, offered only after three letters (fewer
// would hand the trainee the list the recall mode hides).
#pragma once

#include "model/catalogue.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// The letters (and digits) typed before completion offers anything.
inline constexpr std::size_t kRecallMinLetters = 3;

struct RecallMatch {
    std::string id;      // the screening item
    std::string label;   // its plain name, as shown
    std::string matched; // the label or synonym the typing matched
};

// Matches for `typed` (case-insensitive): a label or synonym containing it,
// best first: a word starting with it before a match inside a word, then
// labels before synonyms, then catalogue order; one entry per item, at most
// `limit`. Empty when fewer than kRecallMinLetters letters were typed.
std::vector<RecallMatch> recallMatches(const Catalogue& catalogue, std::string_view typed, std::size_t limit = 8);

} // namespace core
