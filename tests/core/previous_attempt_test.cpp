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
