// Perform mode's stage flow in the practice session: strokes only for the
// zones the plan treats, kept in time order, checked whole before they change
// the attempt; the cartridge, clearing a zone, and the script words' gate.
#include "practice/practice_session.hpp"
#include "automation/script.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include "session_script.hpp"

#include <catch2/catch.hpp>

namespace perform_apply_test_detail {

// Every line must be accepted (session_script.hpp).
void runPerformScript(core::PracticeSession& s, const std::string& script) { session_script::applyScript(s, script); }

const char* kPerformCheekPlan = "open a-acne-scars-cheeks\ndecide treat_modified\ndepth cheek_left 1.75\npasses cheek_left 2\navoid chin\n";

// A stroke of `n` samples 100 ms apart along y 0.43 (0.01 of the width each).
core::PerformStroke penStrokeOf(const std::string& zone, std::int64_t startMs, int n) {
    core::PerformStroke s{zone, startMs, {}, false};
    for (int i = 0; i < n; ++i) s.samples.push_back(core::PenSample{5700 + 100 * i, 4300, 100 * i});
    return s;
}

} // namespace perform_apply_test_detail

using namespace perform_apply_test_detail;

TEST_CASE("perform strokes are taken only for zones the plan treats") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, "open a-acne-scars-cheeks\ndecide treat_modified\n");
    // No zone treated yet: the Perform stage is closed, and so are its commands.
    CHECK_FALSE(s.stageAccess(core::Stage::Perform).has_value());
    CHECK_FALSE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 3)}).has_value());
    CHECK_FALSE(s.apply(core::cmd::GoTo{core::Stage::Perform}).has_value());
    runPerformScript(s, kPerformCheekPlan);
    CHECK(s.performZones() == std::vector<std::string>{"cheek_left"}); // chin is avoided, not treated
    REQUIRE(s.apply(core::cmd::GoTo{core::Stage::Perform}).has_value());
    CHECK(s.stage() == core::Stage::Perform);
    const auto refused = s.apply(core::cmd::AddStroke{penStrokeOf("chin", 0, 3)});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().summary().find("not a zone the plan treats") != std::string::npos);
    CHECK_FALSE(s.attempt().perform.has_value()); // nothing changed
    // The script words pass the same gate.
    CHECK_FALSE(s.apply(core::cmd::Stroke{"chin", {{0.5, 0.56}, {0.52, 0.56}}, 300}).has_value());
    CHECK_FALSE(s.apply(core::cmd::PerformAuto{"chin", core::Pattern::Vertical, 1, false}).has_value());
    CHECK_FALSE(s.attempt().perform.has_value());
}

TEST_CASE("perform strokes stay in time order and bad samples are refused whole") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, kPerformCheekPlan);
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 5)}).has_value());
    // The first stroke ends at 0 + 400 ms; one stamped at 100 ms (a resumed
    // sitting's clock) starts at 400 ms instead.
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 100, 3)}).has_value());
    REQUIRE(s.attempt().perform);
    const auto& strokes = s.attempt().perform->strokes;
    REQUIRE(strokes.size() == 2);
    CHECK(strokes[1].startMs == 400);
    CHECK(s.attempt().perform->cartridge == fixtures::referenceData().catalogue.cartridges.front().id);
    // Off the map, back in time, or empty: refused, nothing appended.
    auto off = penStrokeOf("cheek_left", 900, 3);
    off.samples[1].x = 10001;
    CHECK_FALSE(s.apply(core::cmd::AddStroke{off}).has_value());
    auto back = penStrokeOf("cheek_left", 900, 3);
    back.samples[2].tMs = 50;
    CHECK_FALSE(s.apply(core::cmd::AddStroke{back}).has_value());
    CHECK_FALSE(s.apply(core::cmd::AddStroke{core::PerformStroke{"cheek_left", 900, {}, false}}).has_value());
    CHECK(s.attempt().perform->strokes.size() == 2);
}

TEST_CASE("the cartridge changes only on clean skin and clearing a zone removes its strokes") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, std::string(kPerformCheekPlan) + "depth cheek_right 1.75\n");
    const auto& cartridges = fixtures::referenceData().catalogue.cartridges;
    REQUIRE(cartridges.size() >= 2);
    REQUIRE(s.apply(core::cmd::SetCartridge{cartridges[1].id}).has_value());
    CHECK(s.attempt().perform->cartridge == cartridges[1].id);
    CHECK_FALSE(s.apply(core::cmd::SetCartridge{"no_such_cartridge"}).has_value());
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 3)}).has_value());
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_right", 0, 3)}).has_value());
    CHECK_FALSE(s.apply(core::cmd::SetCartridge{cartridges[0].id}).has_value());
    REQUIRE(s.apply(core::cmd::ClearStrokes{"cheek_left"}).has_value());
    REQUIRE(s.attempt().perform->strokes.size() == 1);
    CHECK(s.attempt().perform->strokes[0].zone == "cheek_right");
    REQUIRE(s.apply(core::cmd::ClearStrokes{"cheek_right"}).has_value());
    REQUIRE(s.apply(core::cmd::SetCartridge{cartridges[0].id}).has_value());
}

TEST_CASE("after submitting nothing more is performed") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt"));
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 3)}).has_value());
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK_FALSE(s.stageAccess(core::Stage::Perform).has_value());
    CHECK_FALSE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 3)}).has_value());
    CHECK(s.attempt().perform->strokes.size() == 1);
}

TEST_CASE("a long pause is stored as two seconds so every record the app writes reads back") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, kPerformCheekPlan);
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 5)}).has_value()); // ends at 400 ms
    // The app left open for three hours: the pen's clock says 10 800 000 ms. The
    // gap is capped at kPerformMaxIdleGapMs: 400 + 2000 = 2400 ms.
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 3LL * 60 * 60 * 1000, 3)}).has_value());
    const core::PerformRecord& record = *s.attempt().perform;
    CHECK(record.strokes[1].startMs == 2400);
    // A pause of 1.5 s is kept as it was: 2400 + 200 (its samples) + 1500 = 4100.
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 4100, 3)}).has_value());
    CHECK(s.attempt().perform->strokes[2].startMs == 4100);
    core::Diagnostics d;
    (void)core::readPerformRecord(core::performRecordToJson(*s.attempt().perform), d, "/perform");
    CHECK_FALSE(d.hasErrors());
}

TEST_CASE("a stroke that would end after two hours is refused as the reader would refuse it") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, kPerformCheekPlan);
    // One held stroke whose last sample is at 7 200 001 ms: it ends 1 ms past the reader's 7 200 000.
    core::PerformStroke held = penStrokeOf("cheek_left", 0, 2);
    held.samples[1].tMs = 7200001;
    const auto refused = s.apply(core::cmd::AddStroke{held});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().summary().find("two hours") != std::string::npos);
    CHECK((!s.attempt().perform || s.attempt().perform->strokes.empty())); // nothing appended
    held.samples[1].tMs = 7200000; // exactly two hours: still readable, so taken
    CHECK(s.apply(core::cmd::AddStroke{held}).has_value());
}

TEST_CASE("a zone that stops being treated loses its strokes") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, std::string(kPerformCheekPlan) + "depth cheek_right 1.75\n");
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_left", 0, 3)}).has_value());
    REQUIRE(s.apply(core::cmd::AddStroke{penStrokeOf("cheek_right", 0, 3)}).has_value());
    // Avoiding the right cheek: a stroke claiming an untreated zone would make the
    // attempt unreadable (checkAttemptAgainstCase), so its strokes go with it.
    REQUIRE(s.apply(core::cmd::SetZoneAction{"cheek_right", core::ZoneAction::Avoid}).has_value());
    REQUIRE(s.attempt().perform->strokes.size() == 1);
    CHECK(s.attempt().perform->strokes[0].zone == "cheek_left");
    // Taking the left cheek out of the plan altogether does the same.
    REQUIRE(s.apply(core::cmd::SetZoneAction{"cheek_left", std::nullopt}).has_value());
    CHECK(s.attempt().perform->strokes.empty());
}

TEST_CASE("a deferral drops the strokes drawn before it") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    runPerformScript(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt"));
    // Across the left eyelid (y 0.322, x 0.56-0.60 lie in nogo_eye_left): critical in a treating attempt.
    core::PerformStroke eyelid{"cheek_left", 0, {core::PenSample::at({0.56, 0.322}, 0), core::PenSample::at({0.60, 0.322}, 720)}, false};
    REQUIRE(s.apply(core::cmd::AddStroke{eyelid}).has_value());
    REQUIRE(s.apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK_FALSE(s.attempt().perform.has_value()); // a session that did not happen keeps no strokes
    REQUIRE(s.report());
    CHECK(s.report()->technique == core::TechniqueStatus::NotPerformed);
    CHECK_FALSE(s.report()->hasCritical("stroke_into_no_go:nogo_eye_left"));
}
