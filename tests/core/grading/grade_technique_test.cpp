// The technique section's settings: each one read from the profile changes the grade.
#include "grading/grader.hpp"

#include "automation/script.hpp"
#include "grading/model_answer.hpp"
#include "perform/auto_strokes.hpp"
#include "perform/perform_rules.hpp"
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
    // Not critical, yet never cheaper than a stray into an untreated zone: 1 stroke x 0.5 = -0.5.
    const auto* line = lenient.item("technique:nogo_eye_left:stray");
    REQUIRE(line);
    CHECK(line->points == Approx(-0.5));
    CHECK(line->verdict == "Needled where it must never be: points lost.");
    p.technique.strayPenalty = 2.0; // the penalty is the profile's: 1 stroke x 2 = -2
    CHECK(gradeTechniqueWith(a, p).item("technique:nogo_eye_left:stray")->points == Approx(-2.0));
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

TEST_CASE("auto-performing one zone never hides a hand-drawn stroke into an eyelid") {
    core::Attempt a = performedAttempt();
    core::PerformStroke eyelid; // across the left eyelid, as in the test above (y 0.322, x 0.56-0.60 lie in nogo_eye_left)
    eyelid.zone = "cheek_left";
    eyelid.startMs = a.perform->durationMs() + 200;
    eyelid.samples = {core::PenSample::at({0.56, 0.322}, 0), core::PenSample::at({0.60, 0.322}, 720)};
    a.perform->strokes.push_back(eyelid);
    // The accessibility button then draws the right cheek: its strokes are generated.
    for (auto& s : a.perform->strokes) {
        if (s.zone == "cheek_right") s.generated = true;
    }
    const core::Report r = gradeTechniqueWith(a, clinicProfile());
    CHECK(r.hasCritical("stroke_into_no_go:nogo_eye_left"));
    CHECK_FALSE(r.passed);
    CHECK(r.technique == core::TechniqueStatus::Assessed); // three hand-drawn zones are graded
    CHECK(r.item("technique:cheek_right:coverage") == nullptr); // the generated zone is shown, not graded
    CHECK(r.item("technique:cheek_left:coverage") != nullptr);
}

TEST_CASE("a stroke that claims an untreated or avoided zone is a stray there") {
    // Stroke zone "forehead" along y 0.25, x 0.45-0.55: every probe lies in the
    // forehead only (checked point by point against assets/zones.json). The plan
    // does not treat the forehead and the key does not avoid it: untreated,
    // 1 stroke x 0.5 = -0.5.
    core::Attempt a = performedAttempt();
    core::PerformStroke forehead;
    forehead.zone = "forehead";
    forehead.startMs = a.perform->durationMs() + 200;
    forehead.samples = {core::PenSample::at({0.45, 0.25}, 0), core::PenSample::at({0.55, 0.25}, 2400)};
    a.perform->strokes.push_back(forehead);
    const core::Report untreated = gradeTechniqueWith(a, clinicProfile());
    REQUIRE(untreated.item("technique:forehead:stray"));
    CHECK(untreated.item("technique:forehead:stray")->points == Approx(-0.5));
    // Zone "chin" along y 0.55, x 0.47-0.53 (all chin): the key avoids the chin, so critical.
    a.perform->strokes.back().zone = "chin";
    a.perform->strokes.back().samples = {core::PenSample::at({0.47, 0.55}, 0), core::PenSample::at({0.53, 0.55}, 1400)};
    const core::Report avoided = gradeTechniqueWith(a, clinicProfile());
    CHECK(avoided.hasCritical("stroke_into_avoided:chin"));
    CHECK_FALSE(avoided.passed);
    // The attempt check refuses such a file, naming the stroke's zone by its JSON pointer.
    auto c = core::loadCaseFile(kPerformRoot / "cases/library/a-acne-scars-cheeks.json", fixtures::referenceData());
    REQUIRE(c);
    core::Diagnostics d;
    core::checkAttemptAgainstCase(a, *c, fixtures::referenceData(), d);
    REQUIRE(d.hasErrors());
    const std::string pointer = "/perform/strokes/" + std::to_string(a.perform->strokes.size() - 1) + "/zone";
    CHECK(d.items().front().pointer == pointer);
    CHECK(d.items().front().message.find("does not treat") != std::string::npos);
}

TEST_CASE("a deferral grades no technique even with strokes in the attempt") {
    core::Attempt a = performedAttempt();
    core::PerformStroke eyelid; // the eyelid stroke that fails a treating attempt
    eyelid.zone = "cheek_left";
    eyelid.startMs = a.perform->durationMs() + 200;
    eyelid.samples = {core::PenSample::at({0.56, 0.322}, 0), core::PenSample::at({0.60, 0.322}, 720)};
    a.perform->strokes.push_back(eyelid);
    a.decision = core::Decision::Defer;
    a.decisionGiven = true;
    // Not treating today: the session did not happen, so no section and no stray.
    const core::Report r = gradeTechniqueWith(a, clinicProfile());
    CHECK(r.technique == core::TechniqueStatus::NotPerformed);
    CHECK(r.section(core::Section::Technique) == nullptr);
    CHECK_FALSE(r.hasCritical("stroke_into_no_go:nogo_eye_left"));
}

TEST_CASE("a bundled body case performed on its own picture has no stray") {
    // c-stretch-marks-abdomen-thighs treats the abdomen and both thighs (body view).
    // On the face picture their coordinates cross the vermilion, the nostrils,
    // the neck and the decollete; on their own picture only body zones lie, and
    // generated lanes are clipped to their zone, so no probe leaves it.
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(kPerformRoot / "cases/library/c-stretch-marks-abdomen-thighs.json", data);
    REQUIRE(c);
    const core::Protocol& p = *data.protocol(c->protocol);
    core::Attempt a = core::modelAnswer(*c, p, data);
    core::PerformRecord record;
    record.cartridge = data.catalogue.cartridges.front().id;
    core::AutoStrokeSettings settings;
    settings.headMm = core::performHeadMm(&record, data.catalogue);
    for (const char* zone : {"abdomen", "thigh_left", "thigh_right"}) {
        for (core::Pattern pattern : {core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique}) {
            settings.startMs = record.strokes.empty() ? 0 : record.durationMs() + 200;
            for (auto& s : core::autoStrokes(data.zones, zone, pattern, 1, settings)) record.strokes.push_back(std::move(s));
        }
    }
    REQUIRE(record.strokes.size() > 30);
    a.perform = record;
    const core::Report r = core::grade(*c, a, p, data);
    CHECK(r.technique == core::TechniqueStatus::Assessed);
    CHECK(r.perform.strays.empty());
    CHECK_FALSE(r.hasCritical("stroke_into_no_go:nogo_vermilion"));
    CHECK(r.critical.empty());
    for (const auto& item : r.items) CHECK(item.id().find(":stray") == std::string::npos);
    // Each lane set covers its zone from edge to edge: the abdomen earns its coverage point.
    REQUIRE(r.item("technique:abdomen:coverage"));
    CHECK(r.item("technique:abdomen:coverage")->points == Approx(1.0));
}
