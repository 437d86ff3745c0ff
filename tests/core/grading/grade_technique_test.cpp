// The technique section's settings: each one read from the profile changes the grade.
#include "grading/grader.hpp"

#include "automation/script.hpp"
#include "grading/grading_inputs.hpp"
#include "practice/practice_session.hpp"
#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace grade_technique_fixture {

const std::filesystem::path kPerformRoot = MN_SOURCE_ROOT;

// The model plan for a-acne-scars-cheeks with every treated zone performed in three patterns.
core::Attempt performedAttempt() {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    std::string script = testing_support::readFile(kPerformRoot / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    for (const char* zone : {"cheek_left", "cheek_right", "jawline_left", "jawline_right"}) {
        for (const char* pattern : {"vertical", "horizontal", "oblique"}) script += std::string("perform-auto ") + zone + " " + pattern + " 1\n";
    }
    auto lines = core::parseScript(script, "test");
    REQUIRE(lines);
    for (const auto& line : *lines) REQUIRE(s.apply(std::get<core::Command>(line.step)));
    return s.attempt();
}

core::Report gradeTechniqueWith(const core::Attempt& a, const core::Protocol& p) {
    auto c = core::loadCaseFile(kPerformRoot / "cases/library/a-acne-scars-cheeks.json", fixtures::referenceData());
    REQUIRE(c);
    return core::grade(*c, a, p, fixtures::referenceData());
}

core::Protocol clinicProfile() { return *fixtures::referenceData().protocol("clinic-standard"); }

} // namespace grade_technique_fixture

using namespace grade_technique_fixture;

TEST_CASE("the glide band and the technique weight come from the profile") {
    const core::Attempt a = performedAttempt();
    core::Protocol p = clinicProfile();
    CHECK(gradeTechniqueWith(a, p).total == Approx(100.0));
    // perform-auto glides at 15 mm/s: outside a 20-30 band the 4 speed lines earn 0:
    // technique 16 / 20 x 15 = 12; total = 100 x (100 + 12) / 115 = 97.39 -> 97.4.
    p.technique.glideMinMmS = 20.0;
    const core::Report slow = gradeTechniqueWith(a, p);
    CHECK(slow.item("technique:cheek_left:speed")->points == 0.0);
    CHECK(slow.item("technique:cheek_left:speed")->tier == "PR, IND"); // Alster & Graham 2018, trainer-perform-technique: strongest tier first
    CHECK(slow.total == Approx(97.4));
    // Weight 30: 30 x 16 / 20 = 24; total = 100 x (100 + 24) / 130 = 95.38 -> 95.4.
    p.weights.technique = 30.0;
    CHECK(gradeTechniqueWith(a, p).total == Approx(95.4));
}

TEST_CASE("coverage and evenness thresholds come from the profile") {
    const core::Attempt a = performedAttempt();
    core::Protocol p = clinicProfile();
    const core::Report base = gradeTechniqueWith(a, p);
    const double coverage = base.perform.zone("cheek_left")->coverage;
    REQUIRE(coverage < 1.0); // the lanes' ends leave a few edge cells at the zone's points
    p.technique.coverageMin = 1.0;
    // Points = coverage / coverage_min, now below 1.
    CHECK(gradeTechniqueWith(a, p).item("technique:cheek_left:coverage")->points == Approx(coverage));
    p = clinicProfile();
    p.technique.evennessMaxSpread = 0.0; // only a perfectly even zone passes; lane overlaps are not
    CHECK(gradeTechniqueWith(a, p).item("technique:cheek_left:evenness")->points == 0.0);
}

TEST_CASE("a stroke into an eyelid fails the attempt unless the profile says otherwise") {
    core::Attempt a = performedAttempt();
    // Across the left eyelid (nogo_eye_left spans y 0.311-0.358 around x 0.53-0.63).
    core::PerformStroke eyelid;
    eyelid.zone = "cheek_left";
    eyelid.startMs = a.perform->durationMs() + 200;
    eyelid.samples = {core::PenSample::at({0.56, 0.322}, 0), core::PenSample::at({0.60, 0.322}, 720)};
    a.perform->strokes.push_back(eyelid);
    core::Protocol p = clinicProfile();
    const core::Report failed = gradeTechniqueWith(a, p);
    CHECK(failed.hasCritical("stroke_into_no_go:nogo_eye_left"));
    CHECK_FALSE(failed.passed);
    p.technique.criticalStrayIntoNoGo = false;
    const core::Report lenient = gradeTechniqueWith(a, p);
    CHECK_FALSE(lenient.hasCritical("stroke_into_no_go:nogo_eye_left"));
    CHECK(lenient.passed);
}

TEST_CASE("a stroke into an untreated zone costs the profile's stray penalty") {
    core::Attempt a = performedAttempt();
    core::PerformStroke stray; // from the left cheek up into the untreated left temple
    stray.zone = "cheek_left";
    stray.startMs = a.perform->durationMs() + 200;
    stray.samples = {core::PenSample::at({0.66, 0.40}, 0), core::PenSample::at({0.66, 0.30}, 2400)};
    a.perform->strokes.push_back(stray);
    core::Protocol p = clinicProfile();
    const core::Report report = gradeTechniqueWith(a, p); // held: the line points into it
    const auto* line = report.item("technique:temple_left:stray");
    REQUIRE(line);
    CHECK(line->points == Approx(-0.5)); // 1 stroke x 0.5
    p.technique.strayPenalty = 2.0;
    CHECK(gradeTechniqueWith(a, p).item("technique:temple_left:stray")->points == Approx(-2.0));
}

TEST_CASE("an attempt without perform data grades exactly as before") {
    core::Attempt a = performedAttempt();
    a.perform.reset();
    const core::Report r = gradeTechniqueWith(a, clinicProfile());
    CHECK(r.technique == core::TechniqueStatus::NotPerformed);
    CHECK(r.section(core::Section::Technique) == nullptr);
    CHECK(r.sections.size() == 4);
    CHECK(r.total == Approx(100.0));
}
