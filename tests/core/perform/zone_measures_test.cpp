// Per-zone measures against the golden stroke file's hand-worked figures
// (the working is in tests/data/perform/patch-session.strokes.json).
#include "perform/zone_measures.hpp"

#include "perform/coverage_replay.hpp"
#include "perform_fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the golden stroke file measures as worked out by hand") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    const core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    const double head = doc["head_mm"].get<double>();
    const core::ViewCoverage grid = core::replayViewCoverage(record, map, head);
    core::StrayRules rules;
    rules.treated = {"patch"};
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, rules, head);
    const core::Json& want = doc["expected"];
    const auto* m = measures.zone("patch");
    REQUIRE(m);
    CHECK(m->cells == want["cells"].get<int>());
    CHECK(m->coveredCells == want["covered_cells"].get<int>());
    CHECK(m->coverage == Approx(want["coverage"].get<double>()));
    CHECK(m->passes == Approx(want["passes"].get<double>()));
    CHECK(m->evenness == Approx(want["evenness"].get<double>()).margin(1e-4));
    CHECK(m->directions.at(core::Pattern::Vertical) == want["directions"]["vertical"].get<int>());
    CHECK(m->directions.at(core::Pattern::Horizontal) == want["directions"]["horizontal"].get<int>());
    CHECK(m->directions.count(core::Pattern::Oblique) == 0); // worked: 0 oblique
    CHECK(m->stamps == want["stamps"].get<int>());
    CHECK(m->glides == want["glides"].get<int>());
    CHECK(m->glideSpeedMmS == Approx(want["glide_mm_s"].get<double>()).margin(0.01));
    CHECK(m->missedPart == core::MissedPart::None);
    const core::Json& strays = want["strays"];
    REQUIRE(measures.strays.size() == strays.size());
    for (std::size_t i = 0; i < strays.size(); ++i) {
        CHECK(measures.strays[i].stroke == strays[i]["stroke"].get<std::size_t>());
        CHECK(measures.strays[i].intoZone == strays[i]["into"].get<std::string>());
        CHECK(core::toString(measures.strays[i].kind) == strays[i]["kind"].get<std::string>());
    }
}

TEST_CASE("a zone covered only in its top part names the lower part as missed") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    record.strokes.resize(3); // the horizontal lanes at y 22, 26, 30 only
    const core::ViewCoverage grid = core::replayViewCoverage(record, map, 4.0);
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, {}, 4.0);
    const auto* m = measures.zone("patch");
    REQUIRE(m);
    // By hand: the lanes cover rows 20.5..31.5 (12 rows x 40 columns = 480 of 800): 60%;
    // the 320 missed cells lie below the zone's centre: "lower".
    CHECK(m->coveredCells == 480);
    CHECK(m->coverage == Approx(0.6));
    CHECK(m->passes == Approx(1.0));
    CHECK(m->evenness == Approx(0.0));
    CHECK(m->missedPart == core::MissedPart::Lower);
}

TEST_CASE("a stroke into an avoided zone is graver than one into an untreated zone") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    const core::ViewCoverage grid = core::replayViewCoverage(record, map, 4.0);
    core::StrayRules rules;
    rules.treated = {"patch"};
    rules.avoided = {"side"};
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, rules, 4.0);
    REQUIRE(measures.strays.size() == 2);
    CHECK(measures.strays[1].intoZone == "side");
    CHECK(measures.strays[1].kind == core::StrayKind::Avoided);
    // Treating "side" makes the stroke into it no stray at all.
    rules.avoided.clear();
    rules.treated.insert("side");
    CHECK(core::measurePerform(record, grid, map, {"patch"}, rules, 4.0).strays.size() == 1);
}

namespace zone_measures_test_detail {

// The golden canvas (100 x 100 mm) plus a body zone "belly" at x 20..60, y 10..40 mm:
// on the face picture the same coordinates hold the patch and the eyelid (no-go).
core::ZoneMap faceAndBodyMap() {
    const core::ZoneMap face = perform_fixtures::rectMap(perform_fixtures::goldenStrokes());
    std::vector<core::Zone> zones = face.zones();
    core::Zone belly;
    belly.id = "belly";
    belly.label = "Belly";
    belly.view = core::MapView::Body;
    belly.polygons = {{{0.20, 0.10}, {0.60, 0.10}, {0.60, 0.40}, {0.20, 0.40}}};
    zones.push_back(belly);
    return core::ZoneMap(std::move(zones), 1.0, 100.0);
}

} // namespace zone_measures_test_detail

TEST_CASE("a body stroke is hit-tested on the body picture") {
    const core::ZoneMap map = zone_measures_test_detail::faceAndBodyMap();
    core::PerformRecord record;
    // Down the belly at x 30 mm from y 11 to 39 mm: on the face picture this line
    // crosses the eyelid (y 10..15) and the patch; on the body picture it stays in the belly.
    record.strokes.push_back({"belly", 0, {{3000, 1100, 0}, {3000, 3900, 2000}}, false});
    core::StrayRules rules;
    rules.treated = {"belly"};
    const auto measures = core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"belly"}, rules, 4.0);
    CHECK(measures.strays.empty());
    // By hand: the 4 mm head covers columns 28.5..31.5 (4) on rows 10.5..39.5 (30), plus the
    // caps reach no further than the belly's rows 10.5 and 39.5: 120 of 40 x 30 = 1200 cells.
    CHECK(measures.zone("belly")->coveredCells == 120);
}

TEST_CASE("face strokes never cover a body zone at the same coordinates") {
    const core::ZoneMap map = zone_measures_test_detail::faceAndBodyMap();
    core::PerformRecord record = perform_fixtures::goldenRecord(perform_fixtures::goldenStrokes());
    record.strokes.resize(5); // the five horizontal lanes: every patch cell once (golden file's working)
    core::StrayRules rules;
    rules.treated = {"patch", "belly"};
    const auto measures = core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"patch", "belly"}, rules, 4.0);
    CHECK(measures.zone("patch")->coveredCells == 800); // 40 x 20, as worked in the golden file
    // The belly (40 x 30 = 1200 cells) lies under the same coordinates on the body picture: untouched.
    CHECK(measures.zone("belly")->cells == 1200);
    CHECK(measures.zone("belly")->coveredCells == 0);
}

TEST_CASE("marking a stroke generated does not hide its stray") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    core::StrayRules rules;
    rules.treated = {"patch"};
    // The golden file's working: stroke 10 strays into the eyelid, stroke 11 into the side.
    REQUIRE(core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"patch"}, rules, 4.0).strays.size() == 2);
    // Generated lanes stay inside their zone; a file claiming stroke 10 was generated still strays.
    record.strokes[10].generated = true;
    const auto measures = core::measurePerform(record, core::replayViewCoverage(record, map, 4.0), map, {"patch"}, rules, 4.0);
    REQUIRE(measures.strays.size() == 2);
    CHECK(measures.strays[0].stroke == 10);
    CHECK(measures.strays[0].kind == core::StrayKind::NoGo);
}
