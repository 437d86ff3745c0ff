// Word-level text edits for seeded variants (see variant_text.hpp).
#include "variants/variant_text.hpp"

#include "base/ascii_text.hpp"

#include <array>

namespace core {
namespace variant_text_detail {

bool wordChar(char c) { return isAsciiAlnum(c); }

bool equalAt(std::string_view text, std::size_t at, std::string_view word, bool ignoreCase) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char a = text[at + i];
        const char b = word[i];
        if (ignoreCase ? asciiLower(a) != asciiLower(b) : a != b) return false;
    }
    return true;
}

// Where `word` may start (its first letter, in either case) from `from` on.
std::size_t nextStart(std::string_view text, std::size_t from, std::string_view word) {
    const char lower = asciiLower(word[0]);
    const char upper = asciiUpper(lower);
    for (std::size_t i = from; i + word.size() <= text.size(); ++i) {
        if (text[i] == lower || text[i] == upper) return i;
    }
    return std::string_view::npos;
}

bool wordAt(std::string_view text, std::size_t at, std::size_t length) {
    return (at == 0 || !wordChar(text[at - 1])) && (at + length >= text.size() || !wordChar(text[at + length]));
}

std::string withCaseOf(char first, std::string_view replacement) {
    std::string out(replacement);
    if (isAsciiUpper(first)) out = upperFirst(std::move(out));
    return out;
}

// Words after which "her" is an object ("told her to"), not a possessive ("her skin").
bool objectFollows(std::string_view next) {
    static constexpr std::array<std::string_view, 52> kSmall{
        "to", "the", "a", "an", "that", "this", "these", "those", "about", "whether", "if", "and", "or", "but", "for", "with", "at", "in",
        "on", "off", "up", "down", "out", "back", "again", "today", "now", "not", "so", "she", "he", "it", "they", "how", "what", "when",
        "why", "from", "by", "into", "as", "before", "after", "over", "until", "is", "was", "will", "would", "all", "some", "more"};
    if (next.empty()) return true;
    for (const auto word : kSmall) {
        if (word.size() == next.size() && equalAt(next, 0, word, true)) return true;
    }
    return false;
}

// Dose text right after a name: " 20 mg", " 0.025%", " 1 g".
std::size_t doseLength(std::string_view text, std::size_t at) {
    std::size_t i = at;
    if (i >= text.size() || text[i] != ' ') return 0;
    ++i;
    const std::size_t digits = i;
    while (i < text.size() && (isAsciiDigit(text[i]) || text[i] == '.')) ++i;
    if (i == digits) return 0;
    if (i < text.size() && text[i] == '%') return i + 1 - at;
    for (const std::string_view unit : {" mg", " mcg", " g", " units"}) {
        if (equalAt(text, i, unit, false) && wordAt(text, i + 1, unit.size() - 1)) return i + unit.size() - at;
    }
    return 0;
}

} // namespace variant_text_detail

using namespace variant_text_detail;

int replaceWholeWord(std::string& text, std::string_view from, std::string_view to, bool ignoreCase) {
    if (from.empty()) return 0;
    if (!ignoreCase && text.find(from) == std::string::npos) return 0; // most texts name nothing to replace
    int count = 0;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (equalAt(text, i, from, ignoreCase) && wordAt(text, i, from.size())) {
            out += ignoreCase ? withCaseOf(text[i], to) : std::string(to);
            i += from.size();
            ++count;
        } else {
            out += text[i++];
        }
    }
    if (count > 0) text = std::move(out);
    return count;
}

bool containsWholeWord(std::string_view text, std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t i = nextStart(text, 0, word); i != std::string_view::npos; i = nextStart(text, i + 1, word)) {
        if (equalAt(text, i, word, true) && wordAt(text, i, word.size())) return true;
    }
    return false;
}

void swapPronouns(std::string& text, const std::string& toSex) {
    const bool toMale = toSex == "male";
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t i = 0;
    while (i < text.size()) {
        if (!wordChar(text[i]) || (i > 0 && wordChar(text[i - 1]))) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && wordChar(text[end])) ++end;
        const std::string_view word(text.data() + i, end - i);
        // The next word, for "her" and "his".
        std::size_t n = end;
        while (n < text.size() && text[n] == ' ') ++n;
        std::size_t nEnd = n;
        while (nEnd < text.size() && wordChar(text[nEnd])) ++nEnd;
        const std::string_view next = n > end ? std::string_view(text.data() + n, nEnd - n) : std::string_view();
        const auto is = [&](std::string_view w) { return word.size() == w.size() && equalAt(word, 0, w, true); };
        std::string_view replacement;
        if (toMale) {
            if (is("she")) replacement = "he";
            else if (is("herself")) replacement = "himself";
            else if (is("hers")) replacement = "his";
            else if (is("her")) replacement = objectFollows(next) ? "him" : "his";
            else if (is("woman")) replacement = "man";
            else if (is("women")) replacement = "men";
            else if (word == "Mrs" || word == "Ms" || word == "Miss") replacement = "Mr";
        } else {
            if (is("he")) replacement = "she";
            else if (is("himself")) replacement = "herself";
            else if (is("him")) replacement = "her";
            else if (is("his")) replacement = next.empty() ? "hers" : "her";
            else if (is("man")) replacement = "woman";
            else if (is("men")) replacement = "women";
            else if (word == "Mr") replacement = "Ms";
        }
        out += replacement.empty() ? std::string(word) : withCaseOf(word[0], replacement);
        i = end;
    }
    text = std::move(out);
}

bool mentionsMedicine(std::string_view text, const EquivalentMedicine& medicine) {
    return containsWholeWord(text, medicine.generic) || (!medicine.brand.empty() && containsWholeWord(text, medicine.brand));
}

bool foldedTextMentions(std::string_view folded, const EquivalentMedicine& medicine) {
    const auto has = [&](const std::string& name) {
        if (name.empty()) return false;
        const std::string word = asciiLowered(name);
        for (std::size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
            if (wordAt(folded, at, word.size())) return true;
        }
        return false;
    };
    return has(medicine.generic) || has(medicine.brand);
}

void swapMedicine(std::string& text, const EquivalentMedicine& from, const EquivalentMedicine& to) {
    const auto swapName = [&](std::string_view name, std::string_view replacement) {
        if (!containsWholeWord(text, name)) return; // most texts name no medicine
        std::string out;
        std::size_t i = 0;
        bool changed = false;
        while (i < text.size()) {
            if (equalAt(text, i, name, true) && wordAt(text, i, name.size())) {
                out += withCaseOf(text[i], replacement);
                i += name.size();
                if (const std::size_t dose = doseLength(text, i)) {
                    out += " " + to.dose;
                    i += dose;
                }
                changed = true;
            } else {
                out += text[i++];
            }
        }
        if (changed) text = std::move(out);
    };
    if (!from.brand.empty()) swapName(from.brand, to.brand.empty() ? to.generic : to.brand);
    swapName(from.generic, to.generic);
}

} // namespace core
