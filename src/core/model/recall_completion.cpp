// Recall completion: ranking catalogue names and synonyms against typing.
#include "model/recall_completion.hpp"

#include "base/ascii_text.hpp"

#include <algorithm>

namespace core {
namespace recall_completion_detail {

std::size_t lettersIn(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char ch) { return isAsciiAlnum(ch); }));
}

// Trims surrounding blanks so "  warf" completes like "warf".
std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isAsciiSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back())) text.remove_suffix(1);
    return text;
}

// 0: a word of `hay` starts with `needle`; 1: `needle` is inside a word; -1: absent.
int matchRank(const std::string& hay, const std::string& needle) {
    int best = -1;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        const bool wordStart = at == 0 || !isAsciiAlnum(hay[at - 1]);
        if (wordStart) return 0;
        best = 1;
    }
    return best;
}

} // namespace recall_completion_detail

std::vector<RecallMatch> recallMatches(const Catalogue& catalogue, std::string_view typed, std::size_t limit) {
    using namespace recall_completion_detail;
    const std::string_view text = trimmed(typed);
    if (lettersIn(text) < kRecallMinLetters) return {};
    const std::string needle = asciiLowered(text);
    struct Ranked {
        int rank;          // word start before inside, label before synonym
        std::size_t order; // catalogue order
        RecallMatch match;
    };
    std::vector<Ranked> ranked;
    for (std::size_t i = 0; i < catalogue.screening.size(); ++i) {
        const ScreeningItem& item = catalogue.screening[i];
        int best = -1;
        std::string matched;
        const auto consider = [&](const std::string& name, int kindRank) {
            const int r = matchRank(asciiLowered(name), needle);
            if (r < 0) return;
            const int score = r * 2 + kindRank;
            if (best < 0 || score < best) {
                best = score;
                matched = name;
            }
        };
        consider(item.label, 0);
        for (const auto& synonym : item.synonyms) consider(synonym, 1);
        if (best >= 0) ranked.push_back({best, i, {item.id, item.label, matched}});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    std::vector<RecallMatch> out;
    for (auto& r : ranked) {
        if (out.size() == limit) break;
        out.push_back(std::move(r.match));
    }
    return out;
}

} // namespace core
