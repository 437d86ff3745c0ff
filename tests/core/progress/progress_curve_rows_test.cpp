// The store's curve blocks (schema v5): kept complete by every record, made
// again past a late attempt, migrated from version 4 (technique and visits
// scores filled), the streak by day probes, and a summary past 1,000 attempts.
#include "progress/progress_curve_rows.hpp"

#include "fixtures.hpp"
#include "progress_digest_fixture.hpp"

#include <catch2/catch.hpp>

namespace progress_curve_rows_fixture {

using namespace progress_digest_fixture;

// An attempt with one screening row (points of 2), finished at `at`.
std::pair<core::StoredAttempt, std::vector<core::OutcomeRow>> simpleAttempt(double at, double total, double points = 2.0) {
    core::StoredAttempt a = storedAttempt(0, "c1", at - 60.0, at, total, total >= 70.0, false);
    a.attemptJson = "{}";
    a.reportJson = R"({"case_id": "c1"})";
    return {a, {outcomeRow(0, at, "flag:pregnancy", "screening", "screen.pregnancy", points, 2.0, 3)}};
}

std::vector<core::CurveBlock> storedBlocks(const core::ProgressStore& store) {
    auto digest = store.digest();
    REQUIRE(digest.has_value());
    return digest->blocks;
}

} // namespace progress_curve_rows_fixture

using namespace progress_curve_rows_fixture;

TEST_CASE("a late attempt unmakes the blocks after it and the commit makes them again in curve order") {
    testing_support::TempDir dir;
    auto store = core::ProgressStore::open(dir.path() / "progress.sqlite");
    REQUIRE(store.has_value());
    // 64 attempts at t = 1000, 1001, .. 1063 (totals 0..63), then one at t = 5000 (total 99): blocks of 64 and 1.
    Batch batch;
    for (int i = 0; i < 64; ++i) batch.push_back(simpleAttempt(1000.0 + i, static_cast<double>(i)));
    REQUIRE(store->recordBatch(batch).has_value());
    REQUIRE(store->record(simpleAttempt(5000.0, 99.0).first, simpleAttempt(5000.0, 99.0).second).has_value());
    auto blocks = storedBlocks(*store);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].attempts == 64);
    CHECK(blocks[1].totals == std::vector<double>{99.0});
    // One at t = 500, before them all (a late import): block 0 now starts with it (total 7) and ends
    // with total 62; block 1 holds 63 and 99. Sum of block 0: 7 + (0 + .. + 62) = 7 + 1953 = 1960.
    REQUIRE(store->record(simpleAttempt(500.0, 7.0).first, simpleAttempt(500.0, 7.0).second).has_value());
    blocks = storedBlocks(*store);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].totals.front() == 7.0);
    CHECK(blocks[0].totals.back() == 62.0);
    CHECK(blocks[0].totalSum == 1960.0);
    CHECK(blocks[1].totals == std::vector<double>{63.0, 99.0});
    CHECK(blocks[1].index == 1);
    // And the blocks of a generated store (some attempts late, in batches and one by one) are those of every attempt in order.
    recordGenerated(*store);
    auto every = store->digest();
    REQUIRE(every.has_value());
    requireSameBlocks(every->blocks, core::curveBlocksOf(every->attempts));
}

TEST_CASE("the streak probes the store day by day: it ends today or yesterday and a later day does not count") {
    testing_support::TempDir dir;
    auto store = core::ProgressStore::open(dir.path() / "progress.sqlite");
    REQUIRE(store.has_value());
    constexpr double kDay = 86400.0;
    constexpr double kMidnight = 1699920000.0; // day 19675, a UTC midnight
    // Days -5, -3, -2, -1 (two on -2) and +1 (dated after today), at noon; nothing today.
    for (const double day : {-5.0, -3.0, -2.0, -2.0, -1.0, 1.0}) {
        const auto a = simpleAttempt(kMidnight + day * kDay + kDay / 2, 80.0);
        REQUIRE(store->record(a.first, a.second).has_value());
    }
    const double noon = kMidnight + kDay / 2;
    // Nothing today, so the streak may end yesterday: -1, -2, -3, then -4 is empty: 3 days.
    auto streak = store->streakDays(noon);
    REQUIRE(streak.has_value());
    CHECK(*streak == 3);
    // With today practised too: 4. The full replay over every row agrees.
    const auto today = simpleAttempt(noon, 80.0);
    REQUIRE(store->record(today.first, today.second).has_value());
    streak = store->streakDays(noon);
    REQUIRE(streak.has_value());
    CHECK(*streak == 4);
    auto attempts = store->attempts(false);
    auto outcomes = store->outcomes();
    REQUIRE((attempts && outcomes));
    CHECK(core::summariseProgress(*attempts, *outcomes, progressSkills(), progressSettings(), noon).streakDays == 4);
    // Two days later day +1 (then practised) is yesterday: +1, 0, -1, -2, -3 make 5. Three days later
    // neither that day nor the one before was practised: 0.
    streak = store->streakDays(noon + 2 * kDay);
    REQUIRE(streak.has_value());
    CHECK(*streak == 5);
    streak = store->streakDays(noon + 3 * kDay);
    REQUIRE(streak.has_value());
    CHECK(*streak == 0);
}

TEST_CASE("a version 4 store migrates to the current version with its technique and visits scores and the blocks of a fresh store") {
    testing_support::TempDir dir;
    const fs::path fresh = dir.path() / "fresh.sqlite";
    const fs::path old = dir.path() / "old.sqlite";
    for (const fs::path& file : {fresh, old}) {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        recordGenerated(*store);
    }
    {
        // Version 4 had the four score columns (filled), no technique or visits column, no blocks, and its own index.
        auto db = core::SqliteConnection::open(old, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("DROP TABLE curve_blocks; DROP INDEX attempts_light; ALTER TABLE attempts DROP COLUMN technique_pct; "
                         "ALTER TABLE attempts DROP COLUMN visits_pct; CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, "
                         "started_unix, total, passed, critical, screening_pct, plan_pct, aftercare_pct, schedule_pct); PRAGMA user_version = 4;")
                    .has_value());
    }
    requireMigratesLikeFresh(old, fresh, 4);
    auto db = core::SqliteConnection::open(old, false);
    REQUIRE(db.has_value());
    auto technique = db->queryInteger("SELECT count(*) FROM attempts WHERE technique_pct IS NOT NULL");
    auto visits = db->queryInteger("SELECT count(*) FROM attempts WHERE visits_pct IS NOT NULL");
    REQUIRE((technique && visits));
    CHECK(*technique > 0); // the generated attempts grade both
    CHECK(*visits > 0);
}

TEST_CASE("past 1000 attempts the screen's summary holds the latest 1000 points and buckets for all and the CLI's every point") {
    testing_support::TempDir dir;
    auto store = core::ProgressStore::open(dir.path() / "progress.sqlite");
    REQUIRE(store.has_value());
    Batch batch;
    for (int i = 0; i < 1100; ++i) batch.push_back(simpleAttempt(1'780'000'000.0 + 60.0 * i, static_cast<double>(i % 100)));
    REQUIRE(store->recordBatch(batch).has_value());
    const core::SkillMap skills = progressSkills();
    auto latest = core::summariseStore(*store, skills, progressSettings(), 1'780'100'000.0);
    REQUIRE(latest.has_value());
    CHECK(latest->attempts == 1100);
    CHECK(latest->curve.size() == 1000);
    CHECK(latest->curveFirst == 100);
    CHECK(latest->curve.front().total == 0.0); // attempt 101 (index 100): 100 % 100
    CHECK(latest->cusum.values.size() == 1100);
    // 1100 = 17 x 64 + 12: 18 blocks, one a bucket; the last holds attempts 1088 .. 1099.
    REQUIRE(latest->buckets.size() == 18);
    CHECK(latest->buckets.back().first == 1088);
    CHECK(latest->buckets.back().attempts == 12);
    auto every = core::summariseStore(*store, skills, progressSettings(), 1'780'100'000.0, core::CurveDetail::Every);
    REQUIRE(every.has_value());
    CHECK(every->curve.size() == 1100);
    CHECK(every->curveFirst == 0);
}
