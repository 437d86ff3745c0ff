// Wrapping text with numbers kept beside their units (see text_wrap.hpp).
#include "base/text_wrap.hpp"

#include "base/ascii_text.hpp"

#include <array>

namespace core {
namespace text_wrap_detail {

bool endsWithDigit(std::string_view word) {
    while (!word.empty() && (word.back() == ')' || word.back() == ']')) word.remove_suffix(1);
    return !word.empty() && isAsciiDigit(word.back());
}

// Chunks that may not be split: words, with "number unit" pairs joined.
std::vector<std::string> chunksOf(std::string_view line) {
    std::vector<std::string> words;
    std::size_t at = 0;
    while (at < line.size()) {
        while (at < line.size() && line[at] == ' ') ++at;
        std::size_t end = at;
        while (end < line.size() && line[end] != ' ') ++end;
        if (end > at) words.emplace_back(line.substr(at, end - at));
        at = end;
    }
    std::vector<std::string> chunks;
    for (const auto& w : words) {
        if (!chunks.empty() && isUnitWord(w) && endsWithDigit(chunks.back())) {
            chunks.back() += " " + w;
        } else {
            chunks.push_back(w);
        }
    }
    return chunks;
}

// Cuts a single word wider than the line between characters (never inside a UTF-8 sequence).
void cutWord(const std::string& word, double width, const std::function<double(std::string_view)>& measure, std::vector<std::string>& out) {
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(word[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        const std::string ch = word.substr(i, len);
        if (!piece.empty() && measure(piece + ch) > width) out.push_back(std::exchange(piece, {}));
        piece += ch;
        i += len;
    }
    if (!piece.empty()) out.push_back(piece);
}

} // namespace text_wrap_detail

bool isUnitWord(std::string_view word) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())) && word.back() != '%') word.remove_suffix(1);
    static constexpr std::array<std::string_view, 24> kUnits{"mm",    "cm",   "ml",     "mg",     "%",      "weeks",   "week",  "days",
                                                             "day",   "hours", "hour",  "h",      "months", "month",   "years", "year",
                                                             "passes", "pass", "sessions", "session", "minutes", "min", "s", "x"};
    for (const auto unit : kUnits) {
        if (word == unit) return true;
    }
    return false;
}

std::vector<std::string> wrapKeepingUnits(std::string_view text, double width, const std::function<double(std::string_view)>& measure) {
    using namespace text_wrap_detail;
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t newline = text.find('\n', start);
        const std::string_view paragraph = text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
        std::string line;
        for (const auto& chunk : chunksOf(paragraph)) {
            const std::string joined = line.empty() ? chunk : line + " " + chunk;
            if (line.empty() || measure(joined) <= width) {
                line = joined;
            } else {
                lines.push_back(std::exchange(line, chunk));
            }
            if (measure(line) > width && line.find(' ') == std::string::npos) {
                cutWord(std::exchange(line, {}), width, measure, lines);
                line = lines.back();
                lines.pop_back();
            }
        }
        lines.push_back(line);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
    return lines;
}

} // namespace core
