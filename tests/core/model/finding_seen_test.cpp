// A finding as the trainee sees it before the debrief: the author's words, or
// a neutral spot on the zone; never the catalogue's name for it.
#include "model/finding_seen.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a finding shows its note, else a neutral spot on its zone") {
    const auto& zones = fixtures::referenceData().zones;
    core::Finding wart;
    wart.type = "wart";
    wart.zone = "chin";
    CHECK(core::seenDescription(wart, zones) == "a spot on the chin"); // chin's label is "Chin"
    wart.note = core::SharedText("A rough raised bump on the chin");
    CHECK(core::seenDescription(wart, zones) == "A rough raised bump on the chin");
    // cheek_left's label "Cheek (left)"; an unknown zone id reads as words.
    CHECK(core::zoneInSentence(zones, "cheek_left") == "the cheek (left)");
    CHECK(core::zoneInSentence(zones, "upper_lip_x") == "the upper lip x");
}
