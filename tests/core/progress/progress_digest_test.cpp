// The store's digest (schema v3) against the full replay: summariseDigest
// over ProgressStore::digest gives what summariseProgress gives over every
// outcome row, after reopen, after the v2 -> v3 migration, and after a rebuild.
#include "progress/progress_digest.hpp"

#include "progress/progress_store.hpp"
#include "progress/progress_summary.hpp"
#include "progress/sqlite_connection.hpp"
#include "progress/trainee_progress.hpp"

#include "fixtures.hpp"
#include "progress_fixture.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

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
Batch generatedAttempts(int count) {
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
            o.section = zoneItem ? "plan" : (rng.below(2) == 0 ? "screening" : "decision");
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
void requireSameSummary(const core::ProgressSummary& cached, const core::ProgressSummary& replayed) {
    CHECK(cached.attempts == replayed.attempts);
    CHECK(cached.secondsPractised == replayed.secondsPractised);
    CHECK(cached.streakDays == replayed.streakDays);
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
void requireDigestAgreesWithReplay(core::ProgressStore& store, const core::SkillMap& skills, double nowUnix,
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

void requireSameDigest(const core::ProgressDigest& a, const core::ProgressDigest& b) {
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
void recordGenerated(core::ProgressStore& store) {
    const Batch all = generatedAttempts(300);
    for (int i = 0; i < 40; ++i) REQUIRE(store.record(all[i].first, all[i].second).has_value());
    for (std::size_t start = 40; start < all.size(); start += 100) {
        const Batch part(all.begin() + static_cast<std::ptrdiff_t>(start),
                         all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), start + 100)));
        REQUIRE(store.recordBatch(part).has_value());
    }
}

constexpr double kDigestNow = 1'780'000'000.0 + 86400.0 * 60;

// `old` (put back to `fromVersion` by the test) opens migrated, with the digest of `fresh`
// (the same attempts recorded at the current version), and summarises as the full replay does.
void requireMigratesLikeFresh(const fs::path& old, const fs::path& fresh, int fromVersion) {
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

using namespace progress_digest_fixture;

TEST_CASE("the store's digest summarises a generated store as the full replay does, also after reopen") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const core::SkillMap skills = progressSkills();
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        recordGenerated(*store);
        requireDigestAgreesWithReplay(*store, skills, kDigestNow);
    }
    auto reopened = core::ProgressStore::open(file);
    REQUIRE(reopened.has_value());
    requireDigestAgreesWithReplay(*reopened, skills, kDigestNow);
    // Several "now"s: due flags and retrievability are worked out at summary time from the same states.
    requireDigestAgreesWithReplay(*reopened, skills, kDigestNow + 86400.0 * 30);
    // Saved states, then an attempt later than all (applied on top) and one earlier than all (a late
    // import: the states it touches are stale and replayed in full).
    Batch more = generatedAttempts(2);
    more[0].first.finishedUnix = kDigestNow + 3600.0;
    more[1].first.finishedUnix = 1'780'000'000.0 - 86400.0;
    REQUIRE(reopened->record(more[0].first, more[0].second).has_value());
    requireDigestAgreesWithReplay(*reopened, skills, kDigestNow + 86400.0 * 2);
    REQUIRE(reopened->record(more[1].first, more[1].second).has_value());
    requireDigestAgreesWithReplay(*reopened, skills, kDigestNow + 86400.0 * 2);
    // Other FSRS settings (the profile's retention): the saved states do not fit and are replayed.
    core::ProgressSettings stricter = progressSettings();
    stricter.fsrs.desiredRetention = 0.8;
    stricter.fsrs.maximumIntervalDays = 20.0;
    requireDigestAgreesWithReplay(*reopened, skills, kDigestNow + 86400.0 * 2, stricter);
}

TEST_CASE("a version 2 store with attempts migrates to the current version with the digest of a store recorded fresh") {
    testing_support::TempDir dir;
    const fs::path fresh = dir.path() / "fresh.sqlite";
    const fs::path old = dir.path() / "old.sqlite";
    {
        auto store = core::ProgressStore::open(fresh);
        REQUIRE(store.has_value());
        recordGenerated(*store);
    }
    {
        auto store = core::ProgressStore::open(old);
        REQUIRE(store.has_value());
        recordGenerated(*store);
    }
    {
        // Version 2 is version 3 without the digest: take it away and say so.
        auto db = core::SqliteConnection::open(old, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("DROP TABLE skill_events; DROP TABLE zone_totals; DROP TABLE digest_meta; DROP TABLE skill_states; DROP INDEX attempts_light; "
                         "ALTER TABLE attempts DROP COLUMN screening_pct; ALTER TABLE attempts DROP COLUMN plan_pct; "
                         "ALTER TABLE attempts DROP COLUMN aftercare_pct; ALTER TABLE attempts DROP COLUMN schedule_pct; PRAGMA user_version = 2;")
                    .has_value());
    }
    requireMigratesLikeFresh(old, fresh, 2);
}

TEST_CASE("a version 3 store migrates to version 4 with its section sums moved to the section score columns") {
    testing_support::TempDir dir;
    const fs::path fresh = dir.path() / "fresh.sqlite";
    const fs::path old = dir.path() / "old.sqlite";
    for (const fs::path& file : {fresh, old}) {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        recordGenerated(*store);
    }
    {
        // Version 3 kept each attempt's section sums as text (encodeSectionSums of its rows' sums) and
        // had neither the four score columns nor the index over them: put the store back that way.
        auto store = core::ProgressStore::open(old);
        REQUIRE(store.has_value());
        auto outcomes = store->outcomes();
        REQUIRE(outcomes.has_value());
        std::map<std::int64_t, std::vector<core::OutcomeRow>> byAttempt;
        for (const auto& row : *outcomes) byAttempt[row.attemptId].push_back(row);
        auto db = core::SqliteConnection::open(old, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("DROP INDEX attempts_light; ALTER TABLE attempts ADD COLUMN section_sums TEXT;").has_value());
        auto update = db->prepare("UPDATE attempts SET section_sums = ?2 WHERE id = ?1");
        REQUIRE(update.has_value());
        for (const auto& [id, rows] : byAttempt) {
            REQUIRE(update->bind(1, id).bind(2, core::encodeSectionSums(core::digestOfAttempt(rows).sections)).run().has_value());
        }
        REQUIRE(db->exec("ALTER TABLE attempts DROP COLUMN screening_pct; ALTER TABLE attempts DROP COLUMN plan_pct; "
                         "ALTER TABLE attempts DROP COLUMN aftercare_pct; ALTER TABLE attempts DROP COLUMN schedule_pct; "
                         "CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, started_unix, total, passed, critical, duration_s, "
                         "section_sums); PRAGMA user_version = 3;")
                    .has_value());
        auto planScores = db->queryInteger("SELECT count(*) FROM attempts WHERE section_sums LIKE '%plan%'");
        REQUIRE(planScores.has_value());
        REQUIRE(*planScores > 0); // the generated attempts do grade the plan
    }
    // The same score per section as a store recorded at version 4.
    requireMigratesLikeFresh(old, fresh, 3);
}

TEST_CASE("section scores are points over the maximum clamped to 0..100 and only sections with points available count") {
    std::map<std::string, core::SectionSums> sums;
    sums["screening"] = {3.0, 4.0};  // 3 / 4 = 75 %
    sums["plan"] = {-1.0, 2.0};      // below nothing: 0 %
    sums["aftercare"] = {1.0, 0.0};  // nothing available: not graded
    sums["schedule"] = {2.5, 2.0};   // above the maximum (a bonus): 100 %
    sums["decision"] = {1.0, 1.0};   // no section of that name: left out
    const core::SectionPercents percents = core::sectionPercentsOf(sums);
    CHECK(percents.at(core::Section::Screening) == 75.0);
    CHECK(percents.graded(core::Section::Plan));
    CHECK(percents.at(core::Section::Plan) == 0.0);
    CHECK_FALSE(percents.graded(core::Section::Aftercare));
    CHECK(percents.at(core::Section::Schedule) == 100.0);
    // Screening, plan and schedule: bits 0, 1 and 3 of the mask (Section order), 1 + 2 + 8 = 11.
    CHECK(percents.gradedMask == 11u);
    CHECK(core::sectionNamed("plan") == core::Section::Plan);
    CHECK_FALSE(core::sectionNamed("decision").has_value());
}

TEST_CASE("a digest out of step with the attempts is rebuilt from the outcome rows at open") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const core::SkillMap skills = progressSkills();
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        recordGenerated(*store);
    }
    {
        auto db = core::SqliteConnection::open(file, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("DELETE FROM zone_totals; DELETE FROM skill_events WHERE attempt_id % 2 = 0; UPDATE digest_meta SET attempts = 7;")
                    .has_value());
    }
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    CHECK(notes.message.find("rebuilt") != std::string::npos);
    requireDigestAgreesWithReplay(*store, skills, kDigestNow);
}

TEST_CASE("a summary only reads: the skill states are saved by refreshSkillStates, and a summary after it starts from them") {
    testing_support::TempDir dir;
    auto store = core::ProgressStore::open(dir.path() / "progress.sqlite");
    REQUIRE(store.has_value());
    recordGenerated(*store);
    const core::SkillMap skills = progressSkills();
    const auto settings = progressSettings();
    std::map<std::string, std::string> keys;
    for (const auto& skill : skills.skills()) keys.emplace(skill.id, core::skillStateKey(skill.bkt, settings.fsrs));
    const core::ProgressStore& readOnly = *store;
    REQUIRE(core::summariseStore(readOnly, skills, settings, kDigestNow).has_value());
    auto before = store->skillDigest(keys);
    REQUIRE(before.has_value());
    CHECK(before->skillStates.empty()); // the summary saved nothing
    REQUIRE(core::refreshSkillStates(*store, skills, settings).has_value());
    auto after = store->skillDigest(keys);
    REQUIRE(after.has_value());
    // Every skill with events now has its state saved, and no event after it.
    CHECK(after->skillStates.size() == before->skillEvents.size());
    CHECK(after->skillEvents.empty());
    requireDigestAgreesWithReplay(*store, skills, kDigestNow);
}
