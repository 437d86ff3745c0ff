// The digest tables on SQLite: the attempts' section score columns,
// skill_events (one row per attempt and skill, the worst rating), zone_totals,
// digest_meta; the curve's blocks are in progress_curve_rows.cpp.
#include "progress/progress_digest_rows.hpp"

#include "progress/progress_curve_rows.hpp"

#include <algorithm>

namespace core {
namespace progress_digest_rows_detail {

// The attempt's section score columns, in Section order (the first is ?2).
Status writeSectionPercents(SqliteStatement& update, std::int64_t attemptId, const SectionPercents& percents) {
    update.bind(1, attemptId);
    for (std::size_t s = 0; s < kSectionCount; ++s) {
        const auto section = static_cast<Section>(s);
        if (percents.graded(section)) update.bind(static_cast<int>(s) + 2, percents.at(section));
        else update.bindNull(static_cast<int>(s) + 2);
    }
    return update.run();
}

const std::string& updateSectionPercentsSql() {
    static const std::string sql = [] {
        std::string set;
        for (std::size_t s = 0; s < kSectionCount; ++s) {
            set += (s ? ", " : "") + toString(kSections[s]) + "_pct = ?" + std::to_string(s + 2);
        }
        return "UPDATE attempts SET " + set + " WHERE id = ?1";
    }();
    return sql;
}

} // namespace progress_digest_rows_detail

Status writeAttemptDigest(SqliteConnection& db, std::int64_t attemptId, double finishedUnix, const AttemptDigest& digest, bool curveBlocks) {
    using namespace progress_digest_rows_detail;
    auto sections = db.cached(updateSectionPercentsSql());
    if (!sections) return std::unexpected(sections.error());
    if (auto done = writeSectionPercents(**sections, attemptId, sectionPercentsOf(digest.sections)); !done) return done;
    // The attempt joins the curve's blocks at the commit (extendCurveBlocks); one earlier than a block's end unmakes that block.
    if (curveBlocks) {
        if (auto dropped = dropCurveBlocksAfter(db, finishedUnix, attemptId); !dropped) return dropped;
    }
    if (!digest.skillRatings.empty()) {
        auto event = db.cached("INSERT INTO skill_events(skill, at_unix, attempt_id, rating) VALUES (?1, ?2, ?3, ?4)");
        if (!event) return std::unexpected(event.error());
        for (const auto& [skill, rating] : digest.skillRatings) {
            if (auto done = (*event)->bind(1, skill).bind(2, finishedUnix).bind(3, attemptId).bind(4, std::int64_t{rating}).run(); !done) return done;
        }
        // An event before a saved state's last one (a late import) makes that state stale: replayed in full next time.
        auto stale = db.cached("DELETE FROM skill_states WHERE skill = ?1 AND (last_at > ?2 OR (last_at = ?2 AND last_attempt > ?3))");
        if (!stale) return std::unexpected(stale.error());
        for (const auto& [skill, rating] : digest.skillRatings) {
            if (auto done = (*stale)->bind(1, skill).bind(2, finishedUnix).bind(3, attemptId).run(); !done) return done;
        }
    }
    if (!digest.zones.empty()) {
        auto zone = db.cached(
            "INSERT INTO zone_totals(zone, graded, too_deep, too_shallow, other, lost, available) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6) "
            "ON CONFLICT(zone) DO UPDATE SET graded = graded + 1, too_deep = too_deep + ?2, too_shallow = too_shallow + ?3, "
            "other = other + ?4, lost = lost + ?5, available = available + ?6");
        if (!zone) return std::unexpected(zone.error());
        for (const auto& [name, z] : digest.zones) {
            (*zone)->bind(1, name).bind(2, std::int64_t{z.worst == 3}).bind(3, std::int64_t{z.worst == 2}).bind(4, std::int64_t{z.worst == 1});
            if (auto done = (*zone)->bind(5, z.lost).bind(6, z.available).run(); !done) return done;
        }
    }
    auto counted = db.cached("UPDATE digest_meta SET attempts = attempts + 1");
    if (!counted) return std::unexpected(counted.error());
    return (*counted)->run();
}

namespace progress_digest_rows_detail {

Status readZoneTotals(SqliteConnection& db, ProgressDigest& digest) {
    auto zones = db.prepare("SELECT zone, graded, too_deep, too_shallow, other, lost, available FROM zone_totals");
    if (!zones) return std::unexpected(zones.error());
    for (;;) {
        auto row = zones->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        ZoneTotals& z = digest.zones[zones->text(0)];
        z.graded = static_cast<int>(zones->integer(1));
        z.tooDeep = static_cast<int>(zones->integer(2));
        z.tooShallow = static_cast<int>(zones->integer(3));
        z.other = static_cast<int>(zones->integer(4));
        z.lost = zones->real(5);
        z.available = zones->real(6);
    }
    return {};
}

} // namespace progress_digest_rows_detail

Result<ProgressDigest> readSkillDigest(SqliteConnection& db, const SkillStateKeys* skillKeys) {
    ProgressDigest digest;
    auto meta = db.queryInteger("SELECT coalesce((SELECT attempts FROM digest_meta), -1)");
    if (!meta) return std::unexpected(meta.error());
    digest.digestedAttempts = *meta;
    if (!skillKeys) {
        auto events = db.prepare("SELECT skill, at_unix, rating, attempt_id FROM skill_events ORDER BY skill, at_unix, attempt_id");
        if (!events) return std::unexpected(events.error());
        std::string lastSkill;
        std::vector<SkillEvent>* current = nullptr;
        for (;;) {
            auto row = events->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            std::string skill = events->text(0);
            if (!current || skill != lastSkill) {
                current = &digest.skillEvents[skill];
                lastSkill = std::move(skill);
            }
            current->push_back(SkillEvent{events->real(1), static_cast<Rating>(events->integer(2))});
            digest.lastEvents[lastSkill] = {events->real(1), events->integer(3)};
        }
    } else {
        auto saved = db.prepare("SELECT key, last_at, last_attempt, mastery, has_memory, difficulty, stability, last_review, due, observations, "
                                "correct FROM skill_states WHERE skill = ?1");
        if (!saved) return std::unexpected(saved.error());
        auto after = db.prepare("SELECT at_unix, rating, attempt_id FROM skill_events WHERE skill = ?1 AND (at_unix, attempt_id) > (?2, ?3) "
                                "ORDER BY at_unix, attempt_id");
        if (!after) return std::unexpected(after.error());
        for (const auto& [skill, key] : *skillKeys) {
            auto row = saved->bind(1, skill).step();
            if (!row) return std::unexpected(row.error());
            double fromAt = -1e300;
            std::int64_t fromAttempt = 0;
            if (*row && saved->text(0) == key) {
                CachedSkillState state;
                state.key = key;
                state.lastAtUnix = saved->real(1);
                state.lastAttemptId = saved->integer(2);
                state.memory.mastery = saved->real(3);
                if (saved->integer(4) != 0) state.memory.memory = MemoryState{saved->real(5), saved->real(6)};
                state.memory.lastReviewUnix = saved->real(7);
                state.memory.dueUnix = saved->real(8);
                state.memory.observations = static_cast<int>(saved->integer(9));
                state.memory.correct = static_cast<int>(saved->integer(10));
                fromAt = state.lastAtUnix;
                fromAttempt = state.lastAttemptId;
                digest.lastEvents[skill] = {fromAt, fromAttempt};
                digest.skillStates.emplace(skill, std::move(state));
            }
            saved->reset();
            after->bind(1, skill).bind(2, fromAt).bind(3, fromAttempt);
            std::vector<SkillEvent> events;
            for (;;) {
                auto event = after->step();
                if (!event) return std::unexpected(event.error());
                if (!*event) break;
                events.push_back(SkillEvent{after->real(0), static_cast<Rating>(after->integer(1))});
                digest.lastEvents[skill] = {after->real(0), after->integer(2)};
            }
            after->reset();
            if (!events.empty()) digest.skillEvents.emplace(skill, std::move(events));
        }
    }
    return digest;
}

Result<ProgressDigest> readProgressDigest(SqliteConnection& db, const SkillStateKeys* skillKeys, std::size_t latestAttempts) {
    using namespace progress_digest_rows_detail;
    auto digest = readSkillDigest(db, skillKeys);
    if (!digest) return digest;
    auto blocks = readCurveBlocks(db);
    if (!blocks) return std::unexpected(blocks.error());
    digest->blocks = std::move(*blocks);
    if (auto read = readCurveAttempts(db, latestAttempts, digest->attempts); !read) return std::unexpected(read.error());
    if (auto read = readZoneTotals(db, *digest); !read) return std::unexpected(read.error());
    return digest;
}

Status rebuildProgressDigest(SqliteConnection& db, const std::function<void(std::size_t, std::size_t)>& progress) {
    if (auto cleared = db.exec("DELETE FROM skill_events; DELETE FROM zone_totals; DELETE FROM skill_states; DELETE FROM curve_blocks; "
                               "DELETE FROM digest_meta; INSERT INTO digest_meta(attempts) VALUES (0);");
        !cleared) {
        return cleared;
    }
    auto total = db.queryInteger("SELECT count(*) FROM attempts");
    if (!total) return std::unexpected(total.error());
    auto attempts = db.prepare("SELECT id, finished_unix FROM attempts ORDER BY id");
    if (!attempts) return std::unexpected(attempts.error());
    auto rows = db.prepare("SELECT i.item_id, i.section, i.skill, i.zone, o.zone_verdict, o.points, o.max, o.rating "
                           "FROM outcomes o JOIN outcome_items i ON i.id = o.item WHERE o.attempt_id = ?1 ORDER BY o.seq");
    if (!rows) return std::unexpected(rows.error());
    std::vector<std::pair<std::int64_t, double>> ids;
    for (;;) {
        auto row = attempts->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        ids.emplace_back(attempts->integer(0), attempts->real(1));
    }
    std::vector<OutcomeRow> one;
    std::size_t done = 0;
    for (const auto& [id, finishedUnix] : ids) {
        if (progress && done % 1024 == 0) progress(done, static_cast<std::size_t>(*total));
        ++done;
        one.clear();
        rows->bind(1, id);
        for (;;) {
            auto row = rows->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            OutcomeRow o;
            o.attemptId = id;
            o.itemId = rows->text(0);
            o.section = rows->text(1);
            o.skill = rows->text(2);
            o.zone = rows->text(3);
            o.zoneVerdict = rows->text(4);
            o.points = rows->real(5);
            o.max = rows->real(6);
            o.rating = static_cast<int>(rows->integer(7));
            o.atUnix = finishedUnix;
            one.push_back(std::move(o));
        }
        rows->reset();
        // Every score column is written (NULL where not graded); the blocks are made once, after.
        if (auto written = writeAttemptDigest(db, id, finishedUnix, digestOfAttempt(one), false); !written) return written;
    }
    if (progress) progress(ids.size(), ids.size());
    return extendCurveBlocks(db);
}

Status saveSkillStates(SqliteConnection& db, std::int64_t digestedAttempts, const std::map<std::string, CachedSkillState>& states) {
    if (states.empty()) return {};
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun) return begun;
    Status done = {};
    auto current = db.queryInteger("SELECT coalesce((SELECT attempts FROM digest_meta), -1)");
    if (!current) done = std::unexpected(current.error());
    if (done && *current == digestedAttempts) {
        auto save = db.prepare("INSERT OR REPLACE INTO skill_states(skill, key, last_at, last_attempt, mastery, has_memory, difficulty, stability, "
                               "last_review, due, observations, correct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        if (!save) done = std::unexpected(save.error());
        for (auto it = states.begin(); done && it != states.end(); ++it) {
            const auto& [skill, s] = *it;
            save->bind(1, skill).bind(2, s.key).bind(3, s.lastAtUnix).bind(4, s.lastAttemptId).bind(5, s.memory.mastery);
            save->bind(6, std::int64_t{s.memory.memory.has_value()}).bind(7, s.memory.memory ? s.memory.memory->difficulty : 0.0);
            save->bind(8, s.memory.memory ? s.memory.memory->stability : 0.0).bind(9, s.memory.lastReviewUnix).bind(10, s.memory.dueUnix);
            done = save->bind(11, std::int64_t{s.memory.observations}).bind(12, std::int64_t{s.memory.correct}).run();
        }
    }
    if (done) done = db.exec("COMMIT");
    if (!done) (void)db.exec("ROLLBACK");
    return done;
}

Result<bool> progressDigestComplete(SqliteConnection& db) {
    auto digested = db.queryInteger("SELECT coalesce((SELECT attempts FROM digest_meta), -1)");
    if (!digested) return std::unexpected(digested.error());
    auto attempts = db.queryInteger("SELECT count(*) FROM attempts");
    if (!attempts) return std::unexpected(attempts.error());
    auto curve = curveBlockAttempts(db);
    if (!curve) return std::unexpected(curve.error());
    return *digested == *attempts && *curve == *attempts;
}

} // namespace core
