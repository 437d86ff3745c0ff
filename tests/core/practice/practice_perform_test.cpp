// A scripted perform session of a whole case: the model plan, then every
// treated zone performed in three patterns, graded.
#include "practice/practice_session.hpp"

#include "automation/script.hpp"
#include "wording/report_wording.hpp"
#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include "session_script.hpp"

#include <catch2/catch.hpp>

namespace practice_perform_fixture {

// Every line must be accepted (session_script.hpp).
void runPerform(core::PracticeSession& s, const std::string& script) { session_script::applyScript(s, script); }

const char* kPerformAll = R"(
perform-auto cheek_left vertical 1
perform-auto cheek_left horizontal 1
perform-auto cheek_left oblique 1
perform-auto cheek_right vertical 1
perform-auto cheek_right horizontal 1
perform-auto cheek_right oblique 1
perform-auto jawline_left vertical 1
perform-auto jawline_left horizontal 1
perform-auto jawline_left oblique 1
perform-auto jawline_right vertical 1
perform-auto jawline_right horizontal 1
perform-auto jawline_right oblique 1
)";

} // namespace practice_perform_fixture

using namespace practice_perform_fixture;

TEST_CASE("a scripted perform session of a whole case gives the hand-worked figures") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerform(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt"));
    runPerform(s, kPerformAll);
    REQUIRE(s.attempt().perform);
    CHECK(s.attempt().perform->cartridge == "needles_12"); // the catalogue's first cartridge, head 7 mm
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    REQUIRE(s.report());
    const core::Report& r = *s.report();
    CHECK(r.technique == core::TechniqueStatus::Assessed);
    REQUIRE(r.perform.zones.size() == 4);
    for (const auto& m : r.perform.zones) {
        INFO(m.zone);
        // By hand: each perform-auto line is one raster of lanes 7 mm (one head) apart whose
        // centre lines stay inside the zone, so a raster counts each inner cell once; three
        // rasters (one per pattern) give a median of 3 passes, and the 3.5 mm reach past
        // each lane's end covers the edges: coverage at least 90%.
        CHECK(m.passes == Approx(3.0));
        CHECK(m.coverage >= 0.9);
        CHECK(m.evenness <= 0.5);
        // One sweep per generated stroke, each classed as its pattern: all three drawn.
        CHECK(m.directions.size() == 3);
        // Every stroke glides at perform-auto's 15 mm/s (sample times rounded to 1 ms).
        CHECK(m.glideSpeedMmS == Approx(15.0).margin(0.1));
        CHECK(m.stamps == 0);
    }
    CHECK(r.perform.strays.empty());
    // Technique: 4 zones x 5 lines, all full: 15 of 15; the model plan's 100 stays 100.
    const auto* technique = r.section(core::Section::Technique);
    REQUIRE(technique);
    CHECK(technique->score == Approx(15.0));
    CHECK(r.total == Approx(100.0));
    CHECK(r.passed);
    const auto words = core::techniqueWords(r, fixtures::referenceData().zones);
    REQUIRE(words.size() == 4);
    INFO(words[0]);
    CHECK(words[0].find("; 3 passes; vertical and horizontal and oblique strokes; glide 15 mm/s.") != std::string::npos);
}

TEST_CASE("a drawn stroke lands in the attempt after the last one at a steady speed") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    // The stage flow takes strokes only for a zone the plan treats (practice_session: performAllowed).
    runPerform(s, "open a-acne-scars-cheeks\ndepth cheek_left 1.75\nstroke cheek_left 0.56,0.42 0.56,0.48 1440\nstroke cheek_left 0.58,0.42 400\n");
    REQUIRE(s.attempt().perform);
    const auto& strokes = s.attempt().perform->strokes;
    REQUIRE(strokes.size() == 2);
    // 0.06 of the 480 mm canvas = 28.8 mm in 1440 ms = 20 mm/s; samples keep the points exactly.
    CHECK(strokes[0].samples == std::vector<core::PenSample>{{5600, 4200, 0}, {5600, 4800, 1440}});
    CHECK(strokes[1].startMs == 1440 + 200); // the pen lifted 200 ms between strokes
    CHECK(strokes[1].samples.size() == 2);   // one point: a stamp held 400 ms
    CHECK(s.apply(core::cmd::Stroke{"cheek_left", {{1.5, 0.4}}, 100}).error().summary().find("0..1") != std::string::npos);
    CHECK_FALSE(s.apply(core::cmd::Stroke{"nowhere", {{0.5, 0.4}}, 100}).has_value());
    CHECK(s.attempt().perform->strokes.size() == 2); // refused commands change nothing
}

TEST_CASE("the auto-perform option marks the technique not assessed") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerform(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt"));
    REQUIRE(s.apply(core::cmd::PerformAuto{"cheek_left", core::Pattern::Vertical, 1, true}).has_value());
    CHECK(s.attempt().perform->autoPerformed);
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK(s.report()->technique == core::TechniqueStatus::NotAssessed);
    CHECK(s.report()->section(core::Section::Technique) != nullptr);
    CHECK(s.report()->section(core::Section::Technique)->max == 0.0); // no lines: the section drops out
    CHECK(s.report()->total == Approx(100.0));
}
