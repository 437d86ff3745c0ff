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

namespace text_similarity_detail {

// True when `word` starts `candidate` or one of its '_'-separated parts:
// "spf" names "spf30_daily", "sauna" names "no_sauna_pool_48h".
bool startsAPart(std::string_view word, std::string_view candidate) {
    for (std::size_t at = 0; at <= candidate.size(); ++at) {
        if (at > 0 && candidate[at - 1] != '_') continue;
        if (candidate.substr(at).starts_with(word)) return true;
    }
    return false;
}

} // namespace text_similarity_detail

std::vector<std::string> partMatches(std::string_view word, const std::vector<std::string>& candidates) {
    std::vector<std::string> out;
    if (word.size() < 3) return out; // two letters start too many words to help
    for (const auto& c : candidates) {
        if (text_similarity_detail::startsAPart(word, c)) out.push_back(c);
    }
    return out;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
    if (const auto match = closestMatch(word, candidates)) return " Did you mean \"" + *match + "\"?";
    // Not a typo: a shortened id ("spf" for "spf30_daily"); up to three are
    // named, more would be a list, not a suggestion.
    const auto parts = partMatches(word, candidates);
    if (parts.empty() || parts.size() > 3) return {};
    std::string out = " Did you mean";
    for (std::size_t i = 0; i < parts.size(); ++i) out += std::string(i == 0 ? " " : (i + 1 == parts.size() ? " or " : ", ")) + "\"" + parts[i] + "\"";
    return out + "?";
}

} // namespace core
