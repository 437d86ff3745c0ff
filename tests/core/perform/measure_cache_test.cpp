// The measure cache: each zone's cells for one grid shape, and the stray checks
// kept while the record's opening strokes, the map and the rules stay the same.
// Figures from the golden stroke file (tests/data/perform/patch-session.strokes.json):
// the patch is the rectangle 20-60 x 20-40 mm on a 100 mm canvas.
#include "perform/measure_cache.hpp"

#include "perform/coverage_replay.hpp"
#include "perform/zone_measures.hpp"
#include "perform_fixtures.hpp"

#include <catch2/catch.hpp>

namespace measure_cache_test_detail {

void checkSameMeasures(const core::PerformMeasures& cached, const core::PerformMeasures& fresh) {
    REQUIRE(cached.zones.size() == fresh.zones.size());
    for (std::size_t i = 0; i < fresh.zones.size(); ++i) {
        const auto& a = cached.zones[i];
        const auto& b = fresh.zones[i];
        INFO("zone " << b.zone);
        CHECK(a.cells == b.cells);
        CHECK(a.coveredCells == b.coveredCells);
        CHECK(a.passes == b.passes);
        CHECK(a.evenness == b.evenness);
        CHECK(a.directions == b.directions);
        CHECK(a.glides == b.glides);
        CHECK(a.stamps == b.stamps);
        CHECK(a.missedPart == b.missedPart);
    }
    REQUIRE(cached.strays.size() == fresh.strays.size());
    for (std::size_t i = 0; i < fresh.strays.size(); ++i) {
        CHECK(cached.strays[i].stroke == fresh.strays[i].stroke);
        CHECK(cached.strays[i].intoZone == fresh.strays[i].intoZone);
        CHECK(cached.strays[i].kind == fresh.strays[i].kind);
    }
}

} // namespace measure_cache_test_detail

using namespace measure_cache_test_detail;

TEST_CASE("a zone's cells are the ones whose centres lie in it, kept per grid shape") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    const core::Zone* patch = map.find("patch");
    REQUIRE(patch);
    const core::CoverageGrid fine(map, 1.0);
    const core::CoverageGrid coarse(map, 2.0);
    // 1 mm cells: centres 20.5..59.5 x 20.5..39.5, 40 x 20 = 800 (the golden file's "cells").
    const auto cells = core::zoneCells(*patch, fine, map);
    REQUIRE(cells.size() == 800);
    CHECK(cells.front().column == 20);
    CHECK(cells.front().row == 20);
    CHECK(cells.back().column == 59);
    CHECK(cells.back().row == 39);
    // 2 mm cells: centres 21, 23, ..., 59 across (20) and 21..39 down (10): 200.
    CHECK(core::zoneCells(*patch, coarse, map).size() == 200);
    core::MeasureCache cache;
    const auto& first = cache.cellsOf(*patch, fine, map);
    CHECK(first.size() == 800);
    CHECK(cache.cellsOf(*patch, coarse, map).size() == 200); // another shape is not the kept answer
    CHECK(&cache.cellsOf(*patch, fine, map) == &first);      // the same shape is
}

TEST_CASE("measures with the cache equal fresh ones as strokes are added, an earlier stroke changes and the rules change") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    const core::PerformRecord golden = perform_fixtures::goldenRecord(doc);
    const double head = doc["head_mm"].get<double>();
    core::StrayRules rules;
    rules.treated = {"patch"};
    core::MeasureCache cache;
    auto both = [&](const core::PerformRecord& record, const core::StrayRules& r) {
        const core::ViewCoverage coverage = core::replayViewCoverage(record, map, head);
        const auto cached = core::measurePerform(record, coverage, map, {"patch"}, r, head, &cache);
        const auto fresh = core::measurePerform(record, coverage, map, {"patch"}, r, head);
        checkSameMeasures(cached, fresh);
        return cached;
    };
    // Stroke by stroke, as the live view measures.
    core::PerformRecord record;
    for (const auto& stroke : golden.strokes) {
        record.strokes.push_back(stroke);
        INFO("after " << record.strokes.size() << " strokes");
        both(record, rules);
    }
    // The golden file: stroke 10 enters the eyelid (no-go), stroke 11 the side zone (untreated).
    REQUIRE(both(record, rules).strays.size() == 2);
    // An earlier stroke redrawn under the same rules: stroke 10 replaced by
    // stroke 0 (inside the patch) leaves stroke 11's stray alone.
    core::PerformRecord redrawnRecord = record;
    redrawnRecord.strokes[10] = redrawnRecord.strokes[0];
    const auto redrawn = both(redrawnRecord, rules);
    REQUIRE(redrawn.strays.size() == 1);
    CHECK(redrawn.strays[0].stroke == 11);
    REQUIRE(both(record, rules).strays.size() == 2); // and back
    // Treating the side zone allows stroke 11: only the eyelid stray is left.
    core::StrayRules sideTreated = rules;
    sideTreated.treated.insert("side");
    const auto allowed = both(record, sideTreated);
    REQUIRE(allowed.strays.size() == 1);
    CHECK(allowed.strays[0].intoZone == "eyelid");
}
