// Text edits for variants, checked on sentences worked through by hand.
#include "variants/variant_text.hpp"

#include <catch2/catch.hpp>

TEST_CASE("whole-word replacement leaves longer words alone") {
    std::string s = "Ann told Anna; Ann's file.";
    CHECK(core::replaceWholeWord(s, "Ann", "Zoe") == 2);
    CHECK(s == "Zoe told Anna; Zoe's file.");
}

TEST_CASE("pronouns follow the new sex, her as object or possessive") {
    // By hand: "her" before "to" and before "." is an object (him); before "skin" a possessive (his).
    std::string s = "She says her skin is dry; I told her to rest. Ask Mrs Li about her.";
    core::swapPronouns(s, "male");
    CHECK(s == "He says his skin is dry; I told him to rest. Ask Mr Li about him.");
    std::string back = "He shaved himself; his GP saw him. The choice is his.";
    core::swapPronouns(back, "female");
    CHECK(back == "She shaved herself; her GP saw her. The choice is hers.");
}

TEST_CASE("a medicine becomes its equivalent with brand and dose") {
    const core::EquivalentMedicine rivaroxaban{"rivaroxaban", "Xarelto", "20 mg"};
    const core::EquivalentMedicine apixaban{"apixaban", "Eliquis", "5 mg"};
    const core::EquivalentMedicine aspirin{"aspirin", "", "75 mg"};
    std::string s = "Xarelto 20 mg once a day. Xarelto is rivaroxaban.";
    CHECK(core::mentionsMedicine(s, rivaroxaban));
    core::swapMedicine(s, rivaroxaban, apixaban);
    CHECK(s == "Eliquis 5 mg once a day. Eliquis is apixaban.");
    // No brand on one side: the generic name stands in for it.
    std::string t = "Eliquis twice daily";
    core::swapMedicine(t, apixaban, aspirin);
    CHECK(t == "Aspirin twice daily"); // the capital of the word it replaced
}
