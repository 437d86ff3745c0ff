// The replay: the same coverage as live drawing, at the end and part-way.
#include "perform/coverage_replay.hpp"

#include "perform/zone_measures.hpp"
#include "perform_fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("replaying a saved record reproduces the live coverage exactly") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    const core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    // Live: sample by sample, as the pen's events arrive.
    core::CoverageBuilder live(map, 4.0);
    for (const auto& stroke : record.strokes) {
        for (std::size_t i = 0; i < stroke.samples.size(); ++i) {
            if (i == 0) live.penDown(stroke.samples[i]);
            else live.penMove(stroke.samples[i]);
        }
    }
    // Saved to JSON and read back, then replayed.
    core::Diagnostics d;
    const auto reread = core::readPerformRecord(core::performRecordToJson(record), d, "");
    REQUIRE_FALSE(d.hasErrors());
    CHECK(reread == record);
    const auto replayed = core::replayCoverage(reread, map, 4.0);
    CHECK(replayed.sameCoverage(live.grid()));
    CHECK(replayed.highestCount() == 3); // worked in the golden file: the stamp over the left half
}

TEST_CASE("the replay part-way shows only the strokes drawn by then") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    const core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    const auto grid = core::replayCoverage(record, map, 4.0, 2000);
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, {}, 4.0);
    CHECK(measures.zone("patch")->coveredCells == doc["expected"]["replay_2000_ms_covered_cells"].get<int>());
    CHECK_FALSE(grid.sameCoverage(core::replayCoverage(record, map, 4.0)));
    // Half-way through stroke 0 (its samples are at 0 and 2000 ms) only its touch-down shows:
    // the head at (21, 22) mm marks cells with centre offsets in {0.5, 1.5} mm within 2 mm:
    // 16 - 4 corners = 12, of which column 19.5 (2 cells) lies outside the patch: 10.
    const auto halfway = core::replayCoverage(record, map, 4.0, 1000);
    CHECK(core::measurePerform(record, halfway, map, {"patch"}, {}, 4.0).zone("patch")->coveredCells == 10);
}

TEST_CASE("a stroke that goes back over its lane counts two passes") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record;
    core::PerformStroke stroke;
    stroke.zone = "patch";
    // Right along y 22 mm from x 21 to 59, then back to 21.
    stroke.samples = {{2100, 2200, 0}, {5900, 2200, 1000}, {2100, 2200, 2000}};
    record.strokes.push_back(stroke);
    const auto grid = core::replayCoverage(record, map, 4.0);
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, {}, 4.0);
    // By hand: rows 20.5..23.5 x columns 20.5..59.5 = 160 patch cells, each twice.
    CHECK(measures.zone("patch")->coveredCells == 160);
    CHECK(measures.zone("patch")->passes == Approx(2.0));
    CHECK(measures.zone("patch")->directions.at(core::Pattern::Horizontal) == 2);
}
