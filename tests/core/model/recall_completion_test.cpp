// Recall completion: nothing before three letters, then catalogue names and
// synonyms containing the typing, word starts first, one entry per item.
#include "model/recall_completion.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

core::Catalogue smallCatalogue() {
    core::Catalogue c;
    core::ScreeningItem thinners;
    thinners.id = "anticoagulants";
    thinners.label = "Anticoagulants (e.g. warfarin) or regular aspirin";
    thinners.synonyms = {"blood thinner", "apixaban"};
    core::ScreeningItem bleeding;
    bleeding.id = "bleeding_disorder";
    bleeding.label = "Haemophilia or another clotting disorder";
    bleeding.synonyms = {"bleeds easily"};
    core::ScreeningItem sun;
    sun.id = "sunburn_tanning";
    sun.label = "Sunburn, sunbed or tanning in the last 2 weeks";
    c.screening = {thinners, bleeding, sun};
    return c;
}

std::vector<std::string> ids(const std::vector<core::RecallMatch>& matches) {
    std::vector<std::string> out;
    for (const auto& m : matches) out.push_back(m.id);
    return out;
}

} // namespace

TEST_CASE("recall completion: fewer than three letters offers nothing") {
    const auto c = smallCatalogue();
    CHECK(core::recallMatches(c, "").empty());
    CHECK(core::recallMatches(c, "b").empty());
    CHECK(core::recallMatches(c, "bl").empty());
    CHECK(core::recallMatches(c, "  bl  ").empty()); // blanks are not letters
    CHECK(core::recallMatches(c, "b-l").empty());    // nor is punctuation
    CHECK(ids(core::recallMatches(c, "ble")) == std::vector<std::string>{"bleeding_disorder"});
}

TEST_CASE("recall completion: labels and synonyms, case-insensitive, word starts first") {
    const auto c = smallCatalogue();
    // "WARF" is inside the label of anticoagulants.
    const auto warf = core::recallMatches(c, "WARF");
    REQUIRE(warf.size() == 1);
    CHECK(warf[0].id == "anticoagulants");
    CHECK(warf[0].label == "Anticoagulants (e.g. warfarin) or regular aspirin");
    CHECK(warf[0].matched == warf[0].label);
    // A synonym names what was matched.
    const auto thin = core::recallMatches(c, "thinner");
    REQUIRE(thin.size() == 1);
    CHECK(thin[0].matched == "blood thinner");
    // "ed": too short. "bed": a word start in "sunbed"? No: inside "sunbed" (rank 1),
    // and a word start in "bleeds"? No. So only sunburn_tanning, matched inside a word.
    CHECK(ids(core::recallMatches(c, "bed")) == std::vector<std::string>{"sunburn_tanning"});
    // "ing": inside "clotting" (bleeding_disorder) and inside "tanning"
    // (sunburn_tanning), both rank 1: catalogue order breaks the tie.
    CHECK(ids(core::recallMatches(c, "ing")) == std::vector<std::string>{"bleeding_disorder", "sunburn_tanning"});
    // "the" starts a word in "the last" (sunburn_tanning, rank 0) and sits inside
    // "another" (bleeding_disorder, rank 1); "blood thinner" has "thi", not "the".
    // Word start first, though bleeding_disorder comes first in the catalogue.
    CHECK(ids(core::recallMatches(c, "the")) == std::vector<std::string>{"sunburn_tanning", "bleeding_disorder"});
}

TEST_CASE("recall completion: at most the limit, in rank order") {
    const auto c = smallCatalogue();
    // "or" needs three letters; "or " is two. "an " is two as well.
    CHECK(core::recallMatches(c, "or ").empty());
    // "the" matches two items (above); a limit of 1 keeps the best.
    CHECK(ids(core::recallMatches(c, "the", 1)) == std::vector<std::string>{"sunburn_tanning"});
    // "ant" matches only "Anticoagulants": "another" and "tanning" do not contain it.
    CHECK(ids(core::recallMatches(c, "ant")) == std::vector<std::string>{"anticoagulants"});
}

TEST_CASE("recall completion: the bundled catalogue finds brand names through synonyms") {
    const auto& catalogue = fixtures::referenceData().catalogue;
    const auto roacc = core::recallMatches(catalogue, "roacc");
    REQUIRE_FALSE(roacc.empty());
    CHECK(roacc[0].id == "isotretinoin");
    const auto lido = core::recallMatches(catalogue, "lidoc");
    REQUIRE_FALSE(lido.empty());
    CHECK(lido[0].id == "anaesthetic_allergy");
}
