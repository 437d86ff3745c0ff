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
    core::PerformStroke s{zone, startMs, {}};
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
    CHECK_FALSE(s.apply(core::cmd::AddStroke{core::PerformStroke{"cheek_left", 900, {}}}).has_value());
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
