// Perform figures in plain words: every line worked out by hand from the
// measures given (rounding: whole percent, passes to one decimal, whole mm/s).
#include "practice/perform_words.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace perform_words_test_detail {

core::ZoneMeasures cheekMeasures() {
    core::ZoneMeasures m;
    m.zone = "cheek_left";
    m.cells = 1000;
    m.coveredCells = 780;
    m.coverage = 0.78;
    m.passes = 1.0;
    m.evenness = 0.31;
    m.directions = {{core::Pattern::Vertical, 4}, {core::Pattern::Horizontal, 5}};
    m.strokes = 9;
    m.glides = 9;
    m.stamps = 0;
    m.glideSpeedMmS = 14.2;
    m.missedPart = "bottom";
    return m;
}

} // namespace perform_words_test_detail

using namespace perform_words_test_detail;

TEST_CASE("perform words say each figure in plain words") {
    const core::ZoneMeasures m = cheekMeasures();
    const core::TechniqueRules rules; // coverage 0.9, evenness 0.5, glide 5-30 mm/s
    const core::ZoneWordsInput in{&m, "Left cheek", 2, {core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique}, &rules};
    const auto lines = core::performZoneWords(in);
    REQUIRE(lines.size() == 6);
    // 0.78 < 0.9 and the bottom half was least covered.
    CHECK(lines[0] == "Covered 78%: the lower part of the left cheek was missed.");
    // Median 1.0 + 0.5 < 2 planned.
    CHECK(lines[1] == "Passes: 1.0 over the covered skin (median), 2 planned: too few.");
    CHECK(lines[2] == "Even: spread 0.31 (at most 0.50).");
    // Oblique is planned and has no sweep.
    CHECK(lines[3] == "Directions: 4 vertical, 5 horizontal, 0 oblique: no oblique pass though the plan asks for it.");
    // 14.2 rounds to 14, inside 5-30.
    CHECK(lines[4] == "Glide 14 mm/s, inside the 5-30 mm/s band.");
    CHECK(lines[5] == "9 glides, 0 stamps.");
}

TEST_CASE("perform words flag uneven skin fast gliding and stamping") {
    core::ZoneMeasures m = cheekMeasures();
    m.coverage = 0.95; // at or above 0.9: no missed part named
    m.passes = 3.0;
    m.evenness = 0.72;
    m.glideSpeedMmS = 41.0;
    m.glides = 2;
    m.stamps = 7;
    const core::ZoneWordsInput in{&m, "Forehead", 2, {core::Pattern::Vertical}, nullptr};
    const auto lines = core::performZoneWords(in);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "Covered 95% of the forehead.");
    // 3.0 - 0.5 > 2 planned.
    CHECK(lines[1] == "Passes: 3.0 over the covered skin (median), 2 planned: more than planned.");
    CHECK(lines[2] == "Uneven: some skin got many more passes than the rest (spread 0.72, aim for at most 0.50).");
    // Only vertical was planned, and it has sweeps: nothing missing.
    CHECK(lines[3] == "Directions: 4 vertical, 5 horizontal, 0 oblique.");
    CHECK(lines[4] == "Glide 41 mm/s: faster than the 5-30 mm/s band.");
    // 7 stamps > 2 glides.
    CHECK(lines[5] == "2 glides, 7 stamps: glide the pen across the skin rather than stamping.");
}

TEST_CASE("perform words for a zone not needled yet and for strays") {
    core::ZoneMeasures none;
    none.zone = "chin";
    CHECK(core::performZoneWords({&none, "Chin", 2, {}, nullptr}) == std::vector<std::string>{"Not needled yet."});
    CHECK(core::performZoneWords({nullptr, "Chin", 2, {}, nullptr}) == std::vector<std::string>{"Not needled yet."});
    const auto& zones = fixtures::referenceData().zones;
    const core::StrayStroke noGo{3, "cheek_left", "nogo_eye_left", core::StrayKind::NoGo};
    // Stroke index 3 is the trainee's fourth; labels ("Cheek (left)", "Eye and
    // eyelids, left (no-go)") are lower-cased after "the", the "(no-go)" tag dropped.
    CHECK(core::strayWords(noGo, zones) == "Stroke 4 went from the cheek (left) into the eye and eyelids, left (a no-go area): a critical error.");
    const core::StrayStroke untreated{0, "cheek_left", "nose", core::StrayKind::Untreated};
    CHECK(core::strayWords(untreated, zones) == "Stroke 1 went from the cheek (left) into the nose, which the plan does not treat: points lost.");
}
