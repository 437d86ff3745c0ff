// The trainee's saved attempts: autosave round trip, damaged files, history
// that never overwrites, and best scores.
#include "practice/attempt_store.hpp"

#include "grading/report_json.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

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
    dir.write("attempts/garbage.json", "not json"); // a damaged record is skipped, and said so
    const auto list = store.bestScores();
    CHECK(list.skipped.size() == 1);
    const auto& best = list.byCase;
    REQUIRE(best.count("a-acne-scars-cheeks") == 1);
    CHECK(best.at("a-acne-scars-cheeks").score == Approx(92.5));
    CHECK_FALSE(best.at("a-acne-scars-cheeks").criticalFail);
}

TEST_CASE("a best score whose attempt failed critically is marked, and a clean attempt of the same score wins the tie") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    core::Report failed;
    failed.caseId = "a-acne-scars-cheeks";
    failed.total = 51.0;
    failed.critical.push_back({"deeper_than_safety_max:cheek_left", "Too deep"});
    core::Report lower = failed;
    lower.critical.clear();
    lower.total = 40.0;
    REQUIRE(store.saveFinished(sampleAttempt(), failed, "2026-11-20T10:00:00Z").has_value());
    REQUIRE(store.saveFinished(sampleAttempt(), lower, "2026-11-20T10:01:00Z").has_value());
    // 51 > 40, so the best is the critically failed 51.
    auto best = store.bestScores().byCase;
    CHECK(best.at("a-acne-scars-cheeks").score == Approx(51.0));
    CHECK(best.at("a-acne-scars-cheeks").criticalFail);
    core::Report clean = failed;
    clean.critical.clear();
    REQUIRE(store.saveFinished(sampleAttempt(), clean, "2026-11-20T10:02:00Z").has_value());
    // A clean 51 ties the failed 51 and stands as the best.
    best = store.bestScores().byCase;
    CHECK(best.at("a-acne-scars-cheeks").score == Approx(51.0));
    CHECK_FALSE(best.at("a-acne-scars-cheeks").criticalFail);
}

TEST_CASE("a passing attempt is the best over a higher failed one and the label says FAIL only when no attempt passed") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    core::Report failed;
    failed.caseId = "a-acne-scars-cheeks";
    failed.total = 95.0;
    failed.passed = false; // the grader fails an attempt with a critical error whatever its total
    failed.critical.push_back({"deeper_than_safety_max:cheek_left", "Too deep"});
    REQUIRE(store.saveFinished(sampleAttempt(), failed, "2026-11-20T10:00:00Z").has_value());
    auto best = store.bestScores().byCase.at("a-acne-scars-cheeks");
    CHECK(best.label() == "95 FAIL");
    CHECK(best.failReason() == "Critical fail: that attempt broke a safety rule.");
    core::Report belowMark = failed;
    belowMark.critical.clear();
    belowMark.total = 60.0; // no critical error, but under the pass mark
    CHECK(core::AttemptStore::BestScore{60.0, false, false}.label() == "60 FAIL");
    CHECK(core::AttemptStore::BestScore{60.0, false, false}.failReason() == "Below the pass mark: no attempt at this case has passed yet.");
    core::Report clean = belowMark;
    clean.total = 90.0;
    clean.passed = true;
    REQUIRE(store.saveFinished(sampleAttempt(), clean, "2026-11-20T10:01:00Z").has_value());
    // 95 > 90, but only the 90 passed: the trainee has passed this case.
    best = store.bestScores().byCase.at("a-acne-scars-cheeks");
    CHECK(best.score == Approx(90.0));
    CHECK(best.passed);
    CHECK(best.label() == "90");
    CHECK(best.failReason().empty());
}

TEST_CASE("a failed best score never reads as reaching the pass mark") {
    // Pass mark 70. A failed 69.5 rounded to the nearest whole number would
    // read "70 FAIL"; rounded down it reads 69. 69.99 is also 69. A critically
    // failed 95.7 is 95. A pass is rounded to the nearest: 92.4 -> 92, 92.6 -> 93.
    CHECK(core::AttemptStore::BestScore{69.5, false, false}.label() == "69 FAIL");
    CHECK(core::AttemptStore::BestScore{69.99, false, false}.label() == "69 FAIL");
    CHECK(core::AttemptStore::BestScore{95.7, false, true}.label() == "95 FAIL");
    CHECK(core::AttemptStore::BestScore{92.4, true, false}.label() == "92");
    CHECK(core::AttemptStore::BestScore{92.6, true, false}.label() == "93");
}

TEST_CASE("a damaged history file is left out of the best scores with its file and pointer") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    core::Report good;
    good.caseId = "a-acne-scars-cheeks";
    good.total = 72.0;
    good.passed = true;
    REQUIRE(store.saveFinished(sampleAttempt(), good, "2026-11-20T10:00:00Z").has_value());
    // Each of these once threw (a case id that is not a string) or read a
    // missing key through a const operator[] (undefined behaviour).
    dir.write("attempts/number-id--2026-11-20T10-01-00Z.json", R"({"kind": "attempt_record", "report": {"case_id": 3, "score": 99}})");
    dir.write("attempts/no-score--2026-11-20T10-02-00Z.json", R"({"kind": "attempt_record", "report": {"case_id": "a-acne-scars-cheeks"}})");
    dir.write("attempts/text-passed--2026-11-20T10-03-00Z.json",
              R"({"kind": "attempt_record", "report": {"case_id": "a-acne-scars-cheeks", "score": 99, "passed": "yes"}})");
    dir.write("attempts/array--2026-11-20T10-04-00Z.json", "[1, 2]");
    dir.write("attempts/cut--2026-11-20T10-05-00Z.json", R"({"report": {"case_id": )");
    const auto list = store.bestScores();
    // Only the sound 72 counts: each 99 is in a damaged file.
    REQUIRE(list.byCase.size() == 1);
    CHECK(list.byCase.at("a-acne-scars-cheeks").score == Approx(72.0));
    CHECK(list.byCase.at("a-acne-scars-cheeks").passed);
    REQUIRE(list.skipped.size() == 5);
    const auto said = [&](const std::string& file, const std::string& what) {
        return std::any_of(list.skipped.begin(), list.skipped.end(), [&](const std::string& s) {
            return s.find(file) != std::string::npos && s.find(what) != std::string::npos && s.find("left out of the best scores") != std::string::npos;
        });
    };
    CHECK(said("number-id--", "/report/case_id: missing or not a case id string"));
    CHECK(said("no-score--", "/report/score: missing or not a number"));
    CHECK(said("text-passed--", "/report/passed: not true or false"));
    CHECK(said("array--", "/: the record is not a JSON object"));
    CHECK(said("cut--", "cut--2026-11-20T10-05-00Z.json"));
}

TEST_CASE("a saved record reads back with the same attempt, report and finish time") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    core::Report report;
    report.caseId = "a-acne-scars-cheeks";
    report.protocolId = "clinic-standard";
    report.total = 61.5;
    report.followUp = false;
    report.critical.push_back({"deeper_than_safety_max:cheek_left", "Too deep"});
    report.sections.push_back({core::Section::Plan, 30.0, 40.0, 3.0, 4.0});
    report.zoneVerdicts["cheek_left"] = core::ZoneVerdict::TooDeep;
    core::LineItem depth;
    depth.section = core::Section::Plan;
    depth.kind = "zone";
    depth.subject = "cheek_left";
    depth.aspect = "depth";
    depth.points = 0.0;
    depth.max = 4.0;
    depth.verdict = "Too deep.";
    depth.teaching = "Scars on the cheek take 1.0-1.5 mm.";
    depth.voided = true;
    core::LineItem interval = depth;
    interval.section = core::Section::Schedule;
    interval.kind = "schedule";
    interval.subject = "";
    interval.aspect = "interval";
    interval.voided = false;
    core::LineItem flag = interval;
    flag.section = core::Section::Screening;
    flag.kind = "flag";
    flag.subject = "active_acne";
    flag.aspect = "";
    report.items = {depth, interval, flag};
    const auto file = store.saveFinished(sampleAttempt(), report, "2026-11-20T10:00:07Z");
    REQUIRE(file.has_value());
    auto read = core::readFinishedRecord(*file);
    REQUIRE(read.has_value());
    CHECK(read->finishedAtIso == "2026-11-20T10:00:07Z");
    // Worked by hand: 1970..2025 is 56 years with 14 leap days (1972..2024) = 56 * 365 + 14 = 20454 days;
    // Jan..Oct 2026 = 31+28+31+30+31+30+31+31+30+31 = 304; Nov 1..19 = 19; so day 20777, plus 10 h 0 min 7 s.
    CHECK(read->finishedUnix == 20777.0 * 86400.0 + 36007.0);
    CHECK(core::attemptToJson(read->attempt) == core::attemptToJson(sampleAttempt()));
    CHECK(core::reportToJson(read->report) == core::reportToJson(report));
    CHECK(read->report.items[0].kind == "zone");
    CHECK(read->report.items[0].subject == "cheek_left");
    CHECK(read->report.items[0].aspect == "depth");
    CHECK(read->report.items[0].voided);
    CHECK(read->report.items[1].aspect == "interval"); // "schedule:interval": an aspect, the schedule has no subject
    CHECK(read->report.items[1].subject.empty());
    CHECK(read->report.items[2].subject == "active_acne");

    dir.write("attempts/bad.json", R"({"kind": "attempt_record", "finished_at": "2026-11-20 10:00", "attempt": {}, "report": {"items": 3}})");
    auto bad = core::readFinishedRecord(dir.path() / "attempts/bad.json");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().diagnostics.size() >= 3); // the time, the report's case_id and items, the attempt: all at once
}
