// The trainee's saved attempts: autosave round trip, damaged files, history
// that never overwrites, and best scores.
#include "practice/attempt_store.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace {

core::Attempt sampleAttempt() {
    core::Attempt a;
    a.caseId = "a-acne-scars-cheeks";
    a.flags = {"active_acne"};
    a.decision = core::Decision::TreatModified;
    a.zones.push_back({"cheek_left", core::ZoneAction::Treat, 1.75, {core::Pattern::Vertical}, 2, core::Endpoint::PinpointBleeding});
    return a;
}

} // namespace

TEST_CASE("the autosave round-trips and a damaged one is reported, not trusted") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    const auto none = store.loadAutosave();
    REQUIRE(none.has_value());
    CHECK_FALSE(none->has_value());
    REQUIRE(store.saveAutosave({sampleAttempt(), core::Stage::Plan, true}).has_value());
    const auto loaded = store.loadAutosave();
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->stage == core::Stage::Plan);
    CHECK((*loaded)->decisionMade);
    CHECK((*loaded)->attempt.zones.at(0).depthMm == Approx(1.75));
    dir.write("autosave.json", "{ \"kind\": \"autosave\", \"attempt\": ");
    const auto damaged = store.loadAutosave();
    REQUIRE_FALSE(damaged.has_value());
    CHECK(damaged.error().summary().find("ends too early") != std::string::npos);
    store.clearAutosave();
    CHECK_FALSE(std::filesystem::exists(store.autosavePath()));
}

TEST_CASE("finished attempts in the same second get their own files, best scores read them") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    core::Report low;
    low.caseId = "a-acne-scars-cheeks";
    low.total = 40.0;
    core::Report high = low;
    high.total = 92.5;
    const auto first = store.saveFinished(sampleAttempt(), low, "2026-11-20T10:00:00Z");
    const auto second = store.saveFinished(sampleAttempt(), high, "2026-11-20T10:00:00Z");
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(*first != *second);
    dir.write("attempts/garbage.json", "not json"); // a damaged record is skipped
    const auto best = store.bestScores();
    REQUIRE(best.count("a-acne-scars-cheeks") == 1);
    CHECK(best.at("a-acne-scars-cheeks") == Approx(92.5));
}
