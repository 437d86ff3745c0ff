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
    const core::CoverageGrid grid = core::replayCoverage(record, map, head);
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
    CHECK(m->missedPart.empty());
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
    const core::CoverageGrid grid = core::replayCoverage(record, map, 4.0);
    const auto measures = core::measurePerform(record, grid, map, {"patch"}, {}, 4.0);
    const auto* m = measures.zone("patch");
    REQUIRE(m);
    // By hand: the lanes cover rows 20.5..31.5 (12 rows x 40 columns = 480 of 800): 60%;
    // the 320 missed cells lie below the zone's centre: "lower".
    CHECK(m->coveredCells == 480);
    CHECK(m->coverage == Approx(0.6));
    CHECK(m->passes == Approx(1.0));
    CHECK(m->evenness == Approx(0.0));
    CHECK(m->missedPart == "lower");
}

TEST_CASE("a stroke into an avoided zone is graver than one into an untreated zone") {
    const core::Json doc = perform_fixtures::goldenStrokes();
    const core::ZoneMap map = perform_fixtures::rectMap(doc);
    core::PerformRecord record = perform_fixtures::goldenRecord(doc);
    const core::CoverageGrid grid = core::replayCoverage(record, map, 4.0);
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
