// The previous attempt at a case: the one finished last, for that case only,
// damaged files skipped.
#include "practice/previous_attempt.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace {

core::Attempt attemptAt(const std::string& caseId) {
    core::Attempt a;
    a.caseId = caseId;
    a.decision = core::Decision::Treat;
    return a;
}

core::Report reportOf(const std::string& caseId, double total) {
    core::Report r;
    r.caseId = caseId;
    r.total = total;
    return r;
}

} // namespace

TEST_CASE("the latest finished attempt of the case, not of a case whose id it prefixes") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    CHECK_FALSE(core::latestFinishedFor(store.historyDir(), "a-case").has_value()); // no history folder yet
    // Saved out of time order: the 10:05 attempt (71) is the latest, not the last saved (10:01, 55).
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 40.0), "2026-11-20T10:00:00Z"));
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 71.0), "2026-11-20T10:05:00Z"));
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 55.0), "2026-11-20T10:01:00Z"));
    // "a-case-two" starts with "a-case" but is another case, finished later still.
    REQUIRE(store.saveFinished(attemptAt("a-case-two"), reportOf("a-case-two", 99.0), "2026-11-20T11:00:00Z"));
    dir.write("attempts/a-case--damaged.json", "{ not json");
    const auto latest = core::latestFinishedFor(store.historyDir(), "a-case");
    REQUIRE(latest.has_value());
    CHECK(latest->report.total == Approx(71.0));
    CHECK(latest->finishedAtIso == "2026-11-20T10:05:00Z");
    CHECK_FALSE(core::latestFinishedFor(store.historyDir(), "b-other").has_value());
}

TEST_CASE("a variant's history is not the case's and two saves in one second resolve to the later save") {
    testing_support::TempDir dir;
    core::AttemptStore store(dir.path());
    // A practice variant of a-case has the id a-case--v7: its file starts with
    // "a-case--" too, and it was finished last.
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 40.0), "2026-11-20T10:00:00Z"));
    REQUIRE(store.saveFinished(attemptAt("a-case--v7"), reportOf("a-case--v7", 88.0), "2026-11-20T12:00:00Z"));
    // Its record is even written as if it were a-case's (report case id), so
    // only the file name can tell: a-case--v7--STAMP is not a-case--STAMP.
    REQUIRE(store.saveFinished(attemptAt("a-case--v7"), reportOf("a-case", 90.0), "2026-11-20T12:30:00Z"));
    auto latest = core::latestFinishedFor(store.historyDir(), "a-case");
    REQUIRE(latest.has_value());
    CHECK(latest->report.total == Approx(40.0));
    // Two in the same second: the second save (file ...-2.json) is the latest.
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 61.0), "2026-11-20T13:00:00Z"));
    REQUIRE(store.saveFinished(attemptAt("a-case"), reportOf("a-case", 62.0), "2026-11-20T13:00:00Z"));
    latest = core::latestFinishedFor(store.historyDir(), "a-case");
    REQUIRE(latest.has_value());
    CHECK(latest->report.total == Approx(62.0));
}
