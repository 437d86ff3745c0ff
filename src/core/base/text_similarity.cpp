// Levenshtein distance and the typo threshold used for "did you mean".
#include "base/text_similarity.hpp"

#include <algorithm>
#include <numeric>

namespace core {

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const auto& c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (!best || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    // A third of the length (at least 2) separates typos from different words.
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    if (best && bestDistance <= limit) return best;
    return std::nullopt;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
    const auto match = closestMatch(word, candidates);
    return match ? " Did you mean \"" + *match + "\"?" : std::string();
}

} // namespace core
