// The store's digest (schema v3, v5) against the full replay: summariseDigest
// over ProgressStore::digest gives what summariseProgress gives over every
// outcome row, after reopen, after the migrations from v2 and v3, and after a rebuild.
#include "progress/progress_digest.hpp"

#include "progress/progress_store.hpp"
#include "progress/progress_summary.hpp"
#include "progress/sqlite_connection.hpp"
#include "progress/trainee_progress.hpp"

#include "fixtures.hpp"
#include "progress_digest_fixture.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>


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
                         "DROP TABLE curve_blocks; " + std::string(kDropScoreColumns) + "PRAGMA user_version = 2;")
                    .has_value());
    }
    requireMigratesLikeFresh(old, fresh, 2);
}

TEST_CASE("a version 3 store migrates to the current version with the section scores of a store recorded fresh") {
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
        // had neither the score columns, nor the index over them, nor the curve's blocks: put the store back that way.
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
        REQUIRE(db->exec("DROP TABLE curve_blocks; " + std::string(kDropScoreColumns) +
                         "CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, started_unix, total, passed, critical, duration_s, "
                         "section_sums); PRAGMA user_version = 3;")
                    .has_value());
        auto planScores = db->queryInteger("SELECT count(*) FROM attempts WHERE section_sums LIKE '%plan%'");
        REQUIRE(planScores.has_value());
        REQUIRE(*planScores > 0); // the generated attempts do grade the plan
    }
    // The same score per section (technique and visits too) as a store recorded at the current version.
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
