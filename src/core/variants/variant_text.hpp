// Text edits a seeded variant makes in a case's prose: whole-word name swaps,
// pronouns for a changed sex, and one medicine for an equivalent one.
#pragma once

#include "terms/variant_pools.hpp"

#include <string>
#include <string_view>

namespace core {

// Replaces `from` where it stands as a whole word (letters and digits around
// it end a word). Case-sensitive unless ignoreCase; then a capital first
// letter found in the text stays capital in the replacement.
// Returns how many were replaced.
int replaceWholeWord(std::string& text, std::string_view from, std::string_view to, bool ignoreCase = false);

// True when `word` stands in the text as a whole word (any case).
[[nodiscard]] bool containsWholeWord(std::string_view text, std::string_view word);

// she/he, her/his/him, herself/himself, woman/man, Mrs/Mr: towards `toSex`
// ("male" or "female"). "her" becomes "him" before a small word or
// punctuation ("told her to"), else "his" ("her skin").
void swapPronouns(std::string& text, const std::string& toSex);

// True when the text names the medicine (generic or brand name).
[[nodiscard]] bool mentionsMedicine(std::string_view text, const EquivalentMedicine& medicine);
// The same for many medicines in one long text: fold it once with asciiLowered
// (ASCII lower case), then ask foldedTextMentions for each medicine.
[[nodiscard]] bool foldedTextMentions(std::string_view folded, const EquivalentMedicine& medicine);
// The medicine's names become the other's (brand to brand where both have
// one), and a dose written right after a name ("Xarelto 20 mg") becomes the
// other's usual dose.
void swapMedicine(std::string& text, const EquivalentMedicine& from, const EquivalentMedicine& to);

} // namespace core
