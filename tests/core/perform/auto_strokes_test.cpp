// Generated strokes: lanes one head apart, clipped to the zone, at a steady speed.
#include "perform/auto_strokes.hpp"

#include "perform/coverage_replay.hpp"
#include "perform/zone_measures.hpp"
#include "perform_fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("one vertical raster covers a rectangular zone once at the set speed") {
    const core::ZoneMap map = perform_fixtures::rectMap(perform_fixtures::goldenStrokes());
    core::AutoStrokeSettings settings;
    settings.headMm = 4.0;
    settings.speedMmS = 10.0;
    core::PerformRecord record;
    record.strokes = core::autoStrokes(map, "patch", core::Pattern::Vertical, 1, settings);
    // By hand: patch is x 20..60 mm; lanes at 20 + 2 + 4k: 22, 26, ..., 58 = 10 lanes,
    // each from the zone's top (y 20) to its bottom (y 40), probed every 0.5 mm.
    REQUIRE(record.strokes.size() == 10);
    CHECK(record.strokes[0].samples.front().x == 2200);
    CHECK(record.strokes[9].samples.front().x == 5800);
    const auto grid = core::replayCoverage(record, map, 4.0);
    const auto m = core::measurePerform(record, grid, map, {"patch"}, {{"patch"}, {}}, 4.0);
    const auto* patch = m.zone("patch");
    // Each lane covers the 4 columns within 2 mm of it: 10 x 4 = 40 columns, all 20 rows.
    CHECK(patch->coverage == Approx(1.0));
    CHECK(patch->passes == Approx(1.0));
    CHECK(patch->directions.at(core::Pattern::Vertical) == 10);
    CHECK(patch->glideSpeedMmS == Approx(10.0).margin(0.05)); // ms rounding only
    CHECK(m.strays.empty());
}

TEST_CASE("passes repeat the raster and patterns turn the lanes") {
    const core::ZoneMap map = perform_fixtures::rectMap(perform_fixtures::goldenStrokes());
    core::AutoStrokeSettings settings;
    settings.headMm = 4.0;
    // Horizontal: patch is y 20..40: lanes at 22, 26, 30, 34, 38 = 5 per pass; 2 passes = 10.
    const auto horizontal = core::autoStrokes(map, "patch", core::Pattern::Horizontal, 2, settings);
    CHECK(horizontal.size() == 10);
    core::PerformRecord record;
    record.strokes = horizontal;
    const auto grid = core::replayCoverage(record, map, 4.0);
    CHECK(core::measurePerform(record, grid, map, {"patch"}, {}, 4.0).zone("patch")->passes == Approx(2.0));
    // Oblique lanes all class as oblique; strokes follow each other in time.
    const auto oblique = core::autoStrokes(map, "patch", core::Pattern::Oblique, 1, settings);
    REQUIRE(oblique.size() >= 2);
    record.strokes = oblique;
    const auto m = core::measurePerform(record, core::replayCoverage(record, map, 4.0), map, {"patch"}, {}, 4.0);
    CHECK(m.zone("patch")->directions.size() == 1);
    CHECK(m.zone("patch")->directions.count(core::Pattern::Oblique) == 1);
    CHECK(oblique[1].startMs >= oblique[0].endMs());
    CHECK(core::autoStrokes(map, "nowhere", core::Pattern::Oblique, 1, settings).empty());
}
