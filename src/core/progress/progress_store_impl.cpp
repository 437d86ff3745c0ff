// The progress store's recording path: the lookup-table caches, one attempt
// with its packed report, outcome rows and digest, and the import's live-twin lookup.
#include "progress/progress_store_impl.hpp"

#include "progress/progress_curve_rows.hpp"
#include "progress/progress_digest_rows.hpp"
#include "progress/report_packing.hpp"

#include <ctime>

namespace core {
namespace progress_store_impl_detail {

std::string outcomeItemKey(const OutcomeRow& row) {
    std::string key = row.itemId;
    for (const std::string* part : {&row.section, &row.skill, &row.zone}) {
        key += '\x1f';
        key += *part;
    }
    return key;
}

} // namespace progress_store_impl_detail

Status ProgressStore::Impl::begin() { return db.exec("BEGIN IMMEDIATE"); }

Status ProgressStore::Impl::commit() {
    // Every write transaction leaves the curve's blocks complete: the attempts it added join them here.
    auto done = extendCurveBlocks(db);
    if (done) done = db.exec("COMMIT");
    if (!done) rollback();
    return done;
}
void ProgressStore::Impl::rollback() {
    (void)db.exec("ROLLBACK");
    textIds.clear();
    texts.clear();
    itemIds.clear();
    cachesLoaded = false;
}

Status ProgressStore::Impl::loadCaches() {
    if (cachesLoaded) return {};
    auto textRows = db.prepare("SELECT id, text FROM texts");
    if (!textRows) return std::unexpected(textRows.error());
    for (;;) {
        auto row = textRows->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::int64_t id = textRows->integer(0);
        std::string text = textRows->text(1);
        textIds.emplace(text, id);
        texts.emplace(id, std::move(text));
    }
    auto itemRows = db.prepare("SELECT id, item_id, section, skill, zone FROM outcome_items");
    if (!itemRows) return std::unexpected(itemRows.error());
    for (;;) {
        auto row = itemRows->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        OutcomeRow key;
        key.itemId = itemRows->text(1);
        key.section = itemRows->text(2);
        key.skill = itemRows->text(3);
        key.zone = itemRows->text(4);
        itemIds.emplace(progress_store_impl_detail::outcomeItemKey(key), itemRows->integer(0));
    }
    cachesLoaded = true;
    return {};
}

Result<std::int64_t> ProgressStore::Impl::textId(const std::string& text) {
    if (auto it = textIds.find(text); it != textIds.end()) return it->second;
    auto insert = db.cached("INSERT INTO texts(text) VALUES (?1)");
    if (!insert) return std::unexpected(insert.error());
    if (auto done = (*insert)->bind(1, text).run(); !done) return std::unexpected(done.error());
    const std::int64_t id = db.lastInsertId();
    textIds.emplace(text, id);
    texts.emplace(id, text);
    return id;
}

Result<std::int64_t> ProgressStore::Impl::itemId(const OutcomeRow& row) {
    const std::string key = progress_store_impl_detail::outcomeItemKey(row);
    if (auto it = itemIds.find(key); it != itemIds.end()) return it->second;
    auto insert = db.cached("INSERT INTO outcome_items(item_id, section, skill, zone) VALUES (?1, ?2, ?3, ?4)");
    if (!insert) return std::unexpected(insert.error());
    if (auto done = (*insert)->bind(1, row.itemId).bind(2, row.section).bind(3, row.skill).bind(4, row.zone).run(); !done) {
        return std::unexpected(done.error());
    }
    const std::int64_t id = db.lastInsertId();
    itemIds.emplace(key, id);
    return id;
}

Status ProgressStore::Impl::markImported(const std::string& name, std::int64_t attemptId) {
    auto insert = db.cached("INSERT OR IGNORE INTO imported_files(name, attempt_id, imported_unix) VALUES (?1, ?2, ?3)");
    if (!insert) return std::unexpected(insert.error());
    return (*insert)->bind(1, name).bind(2, attemptId).bind(3, static_cast<double>(std::time(nullptr))).run();
}

Result<std::int64_t> ProgressStore::Impl::insertAttempt(const StoredAttempt& attempt, const std::vector<OutcomeRow>& outcomes,
                                                       std::optional<Json> parsedReport) {
    if (auto loaded = loadCaches(); !loaded) return std::unexpected(loaded.error());
    const TextIdOf idOf = [this](const std::string& text) { return textId(text); };
    auto packed = parsedReport ? packReport(std::move(*parsedReport), idOf) : packReportJson(attempt.reportJson, idOf);
    if (!packed) return std::unexpected(packed.error().context("recording an attempt at " + attempt.caseId));
    auto attemptPacked = deflateText(attempt.attemptJson);
    if (!attemptPacked) return std::unexpected(attemptPacked.error());
    auto insert = db.cached("INSERT INTO attempts(case_id, started_unix, finished_unix, total, passed, critical, attempt_packed, "
                             "report_packed, duration_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) return std::unexpected(insert.error());
    (*insert)->bind(1, attempt.caseId).bind(2, attempt.startedUnix).bind(3, attempt.finishedUnix).bind(4, attempt.total);
    (*insert)->bind(5, std::int64_t{attempt.passed}).bind(6, std::int64_t{attempt.critical}).bindBlob(7, *attemptPacked).bindBlob(8, *packed);
    if (attempt.durationS) (*insert)->bind(9, *attempt.durationS);
    else (*insert)->bindNull(9);
    if (auto done = (*insert)->run(); !done) return std::unexpected(done.error());
    const std::int64_t id = db.lastInsertId();
    auto outcome = db.cached("INSERT INTO outcomes(attempt_id, seq, item, zone_verdict, points, max, rating) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!outcome) return std::unexpected(outcome.error());
    std::int64_t seq = 0;
    for (const OutcomeRow& row : outcomes) {
        auto item = itemId(row);
        if (!item) return std::unexpected(item.error());
        (*outcome)->bind(1, id).bind(2, seq++).bind(3, *item).bind(4, row.zoneVerdict).bind(5, row.points).bind(6, row.max);
        (*outcome)->bind(7, std::int64_t{row.rating});
        if (auto done = (*outcome)->run(); !done) return std::unexpected(done.error());
    }
    // The digest in the same transaction: a kill -9 never leaves it out of step with the rows.
    if (auto digested = writeAttemptDigest(db, id, attempt.finishedUnix, digestOfAttempt(outcomes)); !digested) {
        return std::unexpected(digested.error());
    }
    if (!attempt.sourceFile.empty()) {
        if (auto marked = markImported(attempt.sourceFile, id); !marked) return std::unexpected(marked.error());
    }
    return id;
}

Result<std::int64_t> ProgressStore::Impl::liveTwin(const std::string& caseId, double finishedUnix) {
    auto find = db.cached("SELECT a.id FROM attempts a WHERE a.case_id = ?1 AND a.finished_unix >= ?2 AND a.finished_unix < ?2 + 1 "
                           "AND NOT EXISTS (SELECT 1 FROM imported_files f WHERE f.attempt_id = a.id) ORDER BY a.id LIMIT 1");
    if (!find) return std::unexpected(find.error());
    auto row = (*find)->bind(1, caseId).bind(2, finishedUnix).step();
    if (!row) return std::unexpected(row.error());
    const std::int64_t twin = *row ? (*find)->integer(0) : 0;
    (*find)->reset();
    return twin;
}

} // namespace core
