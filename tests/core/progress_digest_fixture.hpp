// Shared by the digest and curve-block tests: a generated store of attempts
// (some late, every section graded somewhere) and checks that a summary or
// digest read from the store is the one the full replay of every row gives.
#pragma once

#include "progress/progress_curve.hpp"
#include "progress/progress_digest.hpp"
#include "progress/progress_store.hpp"
#include "progress/progress_summary.hpp"
#include "progress/sqlite_connection.hpp"
#include "progress/trainee_progress.hpp"

#include "progress_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace progress_digest_fixture {

namespace fs = std::filesystem;

using namespace progress_fixture;

// A deterministic generator (LCG), so a failure can be replayed.
struct Lcg {
    std::uint64_t state = 12345;
    int below(int n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
    }
};

using Batch = std::vector<std::pair<core::StoredAttempt, std::vector<core::OutcomeRow>>>;

// `count` attempts over about two months, finish times mostly rising but some
// earlier than the one before (a late import), points in halves so sums are exact.
inline Batch generatedAttempts(int count) {
    static const char* const kSkills[] = {"screen.pregnancy", "screen.anticoagulants", "depth.cheek.scars", "depth.forehead.scars",
                                          "decision.treat", ""};
    static const char* const kZones[] = {"cheek_left", "cheek_right", "forehead"};
    static const char* const kVerdicts[] = {"correct", "too_deep", "too_shallow", "missed", "correct"};
    Lcg rng;
    Batch out;
    double t = 1'780'000'000.0;
    for (int n = 0; n < count; ++n) {
        t += 3600.0 * (1 + rng.below(8));
        const double finished = rng.below(10) == 0 ? t - 86400.0 * rng.below(5) : t;
        core::StoredAttempt a;
        a.caseId = "case-" + std::to_string(rng.below(4));
        a.finishedUnix = finished;
        a.startedUnix = finished - 60.0 * (1 + rng.below(30));
        a.total = 5.0 * rng.below(21);
        a.passed = a.total >= 70.0;
        a.critical = rng.below(6) == 0;
        a.attemptJson = "{}";
        a.reportJson = R"({"case_id": "x"})";
        std::vector<core::OutcomeRow> rows;
        const int rowCount = 3 + rng.below(8);
        for (int r = 0; r < rowCount; ++r) {
            core::OutcomeRow o;
            const bool zoneItem = rng.below(2) == 0;
            // Every section the report has (technique and visits since v5), and one name that is none.
            static const char* const kSectionNames[] = {"screening", "decision", "aftercare", "schedule", "technique", "visits"};
            o.section = zoneItem ? "plan" : kSectionNames[rng.below(6)];
            o.skill = kSkills[rng.below(6)];
            if (zoneItem) {
                o.zone = kZones[rng.below(3)];
                o.zoneVerdict = kVerdicts[rng.below(5)];
            }
            o.itemId = zoneItem ? "zone:" + o.zone + ":depth" : "item-" + std::to_string(rng.below(5));
            o.max = 0.5 * rng.below(9);
            o.points = 0.5 * rng.below(static_cast<int>(o.max * 2) + 1);
            o.rating = 1 + rng.below(3);
            rows.push_back(std::move(o));
        }
        out.emplace_back(std::move(a), std::move(rows));
    }
    return out;
}

// Every field the summary shows, compared one by one so a failure names it.
inline void requireSameSummary(const core::ProgressSummary& cached, const core::ProgressSummary& replayed) {
    CHECK(cached.attempts == replayed.attempts);
    CHECK(cached.secondsPractised == replayed.secondsPractised);
    CHECK(cached.streakDays == replayed.streakDays);
    CHECK(cached.curveFirst == replayed.curveFirst);
    CHECK(cached.cusum.values == replayed.cusum.values);
    CHECK(cached.cusum.proficientAt == replayed.cusum.proficientAt);
    CHECK(cached.cusum.relapses == replayed.cusum.relapses);
    REQUIRE(cached.buckets.size() == replayed.buckets.size());
    for (std::size_t i = 0; i < cached.buckets.size(); ++i) {
        const auto& a = cached.buckets[i];
        const auto& b = replayed.buckets[i];
        CHECK(a.first == b.first);
        CHECK(a.attempts == b.attempts);
        CHECK(a.meanTotal == b.meanTotal);
        CHECK(a.minTotal == b.minTotal);
        CHECK(a.maxTotal == b.maxTotal);
        CHECK(a.passed == b.passed);
        CHECK(a.critical == b.critical);
        CHECK(a.sections == b.sections);
        CHECK(a.cusumLast == b.cusumLast);
    }
    REQUIRE(cached.curve.size() == replayed.curve.size());
    for (std::size_t i = 0; i < cached.curve.size(); ++i) {
        CHECK(cached.curve[i].attemptId == replayed.curve[i].attemptId);
        CHECK(cached.curve[i].total == replayed.curve[i].total);
        CHECK(cached.curve[i].sectionPercent == replayed.curve[i].sectionPercent);
    }
    REQUIRE(cached.groups.size() == replayed.groups.size());
    for (std::size_t g = 0; g < cached.groups.size(); ++g) {
        CHECK(cached.groups[g].id == replayed.groups[g].id);
        CHECK(cached.groups[g].mastery == replayed.groups[g].mastery);
        REQUIRE(cached.groups[g].skills.size() == replayed.groups[g].skills.size());
        for (std::size_t s = 0; s < cached.groups[g].skills.size(); ++s) {
            const auto& a = cached.groups[g].skills[s];
            const auto& b = replayed.groups[g].skills[s];
            CHECK(a.id == b.id);
            CHECK(a.memory.mastery == b.memory.mastery);
            CHECK(a.memory.observations == b.memory.observations);
            CHECK(a.memory.correct == b.memory.correct);
            CHECK(a.memory.dueUnix == b.memory.dueUnix);
            CHECK(a.memory.lastReviewUnix == b.memory.lastReviewUnix);
            CHECK(a.retrievability == b.retrievability);
            CHECK(a.due == b.due);
        }
    }
    REQUIRE(cached.errorMap.size() == replayed.errorMap.size());
    for (const auto& [zone, e] : replayed.errorMap) {
        REQUIRE(cached.errorMap.count(zone) == 1);
        const auto& c = cached.errorMap.at(zone);
        CHECK(c.graded == e.graded);
        CHECK(c.tooDeep == e.tooDeep);
        CHECK(c.tooShallow == e.tooShallow);
        CHECK(c.other == e.other);
        CHECK(c.severity == e.severity);
    }
}

// The digest alone, then summariseStore before and after refreshSkillStates
// (the refresh replays and saves the skill states, the summary after starts
// from them), each against the full replay.
inline void requireDigestAgreesWithReplay(core::ProgressStore& store, const core::SkillMap& skills, double nowUnix,
                                   const core::ProgressSettings& settings = progressSettings()) {
    auto attempts = store.attempts(false);
    REQUIRE(attempts.has_value());
    auto outcomes = store.outcomes();
    REQUIRE(outcomes.has_value());
    const core::ProgressSummary replayed = core::summariseProgress(*attempts, *outcomes, skills, settings, nowUnix);
    auto digest = store.digest();
    REQUIRE(digest.has_value());
    requireSameSummary(core::summariseDigest(*digest, skills, settings, nowUnix), replayed);
    for (int pass = 0; pass < 2; ++pass) {
        auto cached = core::summariseStore(store, skills, settings, nowUnix);
        REQUIRE(cached.has_value());
        requireSameSummary(*cached, replayed);
        if (pass == 0) REQUIRE(core::refreshSkillStates(store, skills, settings).has_value());
    }
}

inline void requireSameBlocks(const std::vector<core::CurveBlock>& a, const std::vector<core::CurveBlock>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].index == b[i].index);
        CHECK(a[i].attempts == b[i].attempts);
        CHECK(a[i].firstAttemptId == b[i].firstAttemptId);
        CHECK(a[i].lastAttemptId == b[i].lastAttemptId);
        CHECK(a[i].totalSum == b[i].totalSum);
        CHECK(a[i].totalMin == b[i].totalMin);
        CHECK(a[i].totalMax == b[i].totalMax);
        CHECK(a[i].passed == b[i].passed);
        CHECK(a[i].failedMask == b[i].failedMask);
        CHECK(a[i].secondsPractised == b[i].secondsPractised);
        CHECK(a[i].sections == b[i].sections);
        CHECK(a[i].totals == b[i].totals);
    }
}

inline void requireSameDigest(const core::ProgressDigest& a, const core::ProgressDigest& b) {
    requireSameBlocks(a.blocks, b.blocks);
    REQUIRE(a.attempts.size() == b.attempts.size());
    CHECK(a.skillEvents.size() == b.skillEvents.size());
    for (const auto& [skill, events] : b.skillEvents) {
        REQUIRE(a.skillEvents.count(skill) == 1);
        const auto& mine = a.skillEvents.at(skill);
        REQUIRE(mine.size() == events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            CHECK(mine[i].atUnix == events[i].atUnix);
            CHECK(mine[i].rating == events[i].rating);
        }
    }
    for (std::size_t i = 0; i < b.attempts.size(); ++i) {
        CHECK(a.attempts[i].point.attemptId == b.attempts[i].point.attemptId);
        CHECK(a.attempts[i].point.atUnix == b.attempts[i].point.atUnix);
        CHECK(a.attempts[i].point.total == b.attempts[i].point.total);
        CHECK(a.attempts[i].point.sectionPercent == b.attempts[i].point.sectionPercent);
    }
    REQUIRE(a.zones.size() == b.zones.size());
    for (const auto& [zone, z] : b.zones) {
        const auto& mine = a.zones.at(zone);
        CHECK(mine.graded == z.graded);
        CHECK(mine.tooDeep == z.tooDeep);
        CHECK(mine.tooShallow == z.tooShallow);
        CHECK(mine.other == z.other);
        CHECK(mine.lost == z.lost);
        CHECK(mine.available == z.available);
    }
}

// 300 attempts: the first 40 one by one (record), the rest in batches (recordBatch).
inline void recordGenerated(core::ProgressStore& store) {
    const Batch all = generatedAttempts(300);
    for (int i = 0; i < 40; ++i) REQUIRE(store.record(all[i].first, all[i].second).has_value());
    for (std::size_t start = 40; start < all.size(); start += 100) {
        const Batch part(all.begin() + static_cast<std::ptrdiff_t>(start),
                         all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), start + 100)));
        REQUIRE(store.recordBatch(part).has_value());
    }
}

// Takes every score column off the attempts: with the tables each test drops, an older version's store.
inline constexpr std::string_view kDropScoreColumns =
    "ALTER TABLE attempts DROP COLUMN screening_pct; ALTER TABLE attempts DROP COLUMN plan_pct; "
    "ALTER TABLE attempts DROP COLUMN aftercare_pct; ALTER TABLE attempts DROP COLUMN schedule_pct; "
    "ALTER TABLE attempts DROP COLUMN technique_pct; ALTER TABLE attempts DROP COLUMN visits_pct; ";

inline constexpr double kDigestNow = 1'780'000'000.0 + 86400.0 * 60;

// `old` (put back to `fromVersion` by the test) opens migrated, with the digest of `fresh`
// (the same attempts recorded at the current version), and summarises as the full replay does.
inline void requireMigratesLikeFresh(const fs::path& old, const fs::path& fresh, int fromVersion) {
    core::StoreOpenNotes notes;
    auto migrated = core::ProgressStore::open(old, &notes);
    REQUIRE(migrated.has_value());
    CHECK(notes.migratedFromVersion == fromVersion);
    CHECK(notes.message.find("from version " + std::to_string(fromVersion) + " to " + std::to_string(core::ProgressStore::kSchemaVersion)) !=
          std::string::npos);
    auto reference = core::ProgressStore::open(fresh);
    REQUIRE(reference.has_value());
    auto migratedDigest = migrated->digest();
    auto freshDigest = reference->digest();
    REQUIRE(migratedDigest.has_value());
    REQUIRE(freshDigest.has_value());
    requireSameDigest(*migratedDigest, *freshDigest);
    requireDigestAgreesWithReplay(*migrated, progressSkills(), kDigestNow);
}

} // namespace progress_digest_fixture
