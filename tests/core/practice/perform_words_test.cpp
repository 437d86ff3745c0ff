// Perform figures in plain words: every line worked out by hand from the
// measures given (rounding: whole percent, passes to one decimal, whole mm/s).
#include "practice/perform_words.hpp"

#include "fixtures.hpp"
#include "perform/coverage_replay.hpp"
#include "perform_fixtures.hpp"

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
    m.missedPart = core::MissedPart::Lower;
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
    const core::TechniqueRules critical; // critical_stray_into_no_go defaults to true
    CHECK(core::strayWords(noGo, zones, critical) == "Stroke 4 went from the cheek (left) into the eye and eyelids, left (a no-go area): a critical error.");
    const core::StrayStroke untreated{0, "cheek_left", "nose", core::StrayKind::Untreated};
    CHECK(core::strayWords(untreated, zones, critical) == "Stroke 1 went from the cheek (left) into the nose, which the plan does not treat: points lost.");
}

TEST_CASE("stray words follow the profile when no-go strays are not critical") {
    const auto& zones = fixtures::referenceData().zones;
    core::TechniqueRules lenient;
    lenient.criticalStrayIntoNoGo = false;
    // The grader charges stray_penalty for these under this profile: the words say so, never "critical".
    const core::StrayStroke noGo{3, "cheek_left", "nogo_eye_left", core::StrayKind::NoGo};
    CHECK(core::strayWords(noGo, zones, lenient) == "Stroke 4 went from the cheek (left) into the eye and eyelids, left (a no-go area): points lost.");
    const core::StrayStroke avoided{0, "cheek_left", "nose", core::StrayKind::Avoided};
    CHECK(core::strayWords(avoided, zones, lenient) == "Stroke 1 went from the cheek (left) into the nose (a zone to avoid): points lost.");
}

TEST_CASE("the live coverage line names the part measurePerform found missed") {
    // The golden patch (x 20..60 mm, y 20..40 mm, 1 mm cells: 40 x 20 = 800 cells)
    // with only its three top lanes at y 22, 26, 30 mm (4 mm head): rows 20.5..31.5
    // are covered, 480 of 800 = 60%; the 320 missed cells lie below the centre,
    // so measurePerform says Lower and the words "the lower part of".
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    record.strokes.resize(3);
    const auto measures = core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"patch"}, {}, 4.0);
    REQUIRE(measures.zone("patch"));
    const core::TechniqueRules rules; // coverage_min 0.9 > 0.6: the gap is named
    CHECK(core::coverageWords(*measures.zone("patch"), "Patch", rules) == "Covered 60%: the lower part of the patch was missed.");
    // The same record turned upside down (y -> 60 - y mm keeps it in the patch) misses the upper part.
    for (auto& stroke : record.strokes) {
        for (auto& sample : stroke.samples) sample.y = 6000 - sample.y;
    }
    const auto flipped = core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"patch"}, {}, 4.0);
    CHECK(core::coverageWords(*flipped.zone("patch"), "Patch", rules) == "Covered 60%: the upper part of the patch was missed.");
}

TEST_CASE("each missed part has its own words") {
    CHECK(core::missedPartWords(core::MissedPart::Upper) == "the upper part of");
    CHECK(core::missedPartWords(core::MissedPart::Lower) == "the lower part of");
    CHECK(core::missedPartWords(core::MissedPart::LeftHand) == "the left-hand part of");
    CHECK(core::missedPartWords(core::MissedPart::RightHand) == "the right-hand part of");
    CHECK(core::missedPartWords(core::MissedPart::Middle) == "the middle of");
    CHECK(core::missedPartWords(core::MissedPart::None) == "part of");
}
