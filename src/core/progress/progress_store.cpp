// The progress store on SQLite: opening (integrity check, moving a damaged
// file aside, migrations), recording attempts, reading them back, and the
// import of the JSON attempt history.
#include "progress/progress_store.hpp"

#include "base/clocks.hpp"
#include "grading/report_json.hpp"
#include "practice/attempt_store.hpp"
#include "progress/progress_digest_rows.hpp"
#include "progress/progress_schema.hpp"
#include "progress/report_packing.hpp"
#include "progress/sqlite_connection.hpp"

#include <algorithm>
#include <ctime>
#include <unordered_map>
#include <unordered_set>

namespace core {
namespace progress_store_detail {

// Files per import transaction: one fsync per batch, not per file, and a
// kill during an import loses at most one batch (imported again next time).
constexpr std::size_t kImportBatch = 256;
constexpr int kBusyTimeoutMs = 5000;

std::filesystem::path withSuffix(const std::filesystem::path& file, const std::string& suffix) {
    return std::filesystem::path(file.string() + suffix);
}

// FILE -> FILE.damaged-STAMP (and its -wal and -shm beside it, so SQLite
// would still pair them if someone opens the damaged copy to recover it).
Result<std::filesystem::path> moveAside(const std::filesystem::path& file) {
    std::filesystem::path target = withSuffix(file, ".damaged-" + utcStamp(nowUnix()));
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(target, ec); ++n) {
        target = withSuffix(file, ".damaged-" + utcStamp(nowUnix()) + "-" + std::to_string(n));
    }
    for (const char* part : {"-wal", "-shm"}) {
        const auto from = withSuffix(file, part);
        if (std::filesystem::exists(from, ec)) std::filesystem::rename(from, withSuffix(target, part), ec);
        if (ec) return std::unexpected(Error("cannot move the damaged " + from.string() + " aside: " + ec.message()));
    }
    std::filesystem::rename(file, target, ec);
    if (ec) return std::unexpected(Error("cannot move the damaged " + file.string() + " aside: " + ec.message()));
    return target;
}

// What is wrong with the file, or "" when it reads as a sound database.
struct Inspection {
    int version = 0;
    std::string damage;
};

Result<Inspection> inspect(SqliteConnection& db) {
    Inspection out;
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version) {
        if (isDamagedFileCode(db.lastErrorCode())) {
            out.damage = version.error().summary();
            return out;
        }
        return std::unexpected(version.error());
    }
    out.version = static_cast<int>(*version);
    if (out.version > kProgressSchemaVersion) return out; // refused by the caller before anything is checked or written
    auto check = db.prepare("PRAGMA integrity_check(20)");
    if (!check) {
        if (!isDamagedFileCode(db.lastErrorCode())) return std::unexpected(check.error());
        out.damage = check.error().summary();
        return out;
    }
    std::string problems;
    for (;;) {
        auto row = check->step();
        if (!row) {
            if (!isDamagedFileCode(db.lastErrorCode())) return std::unexpected(row.error());
            out.damage = row.error().summary();
            return out;
        }
        if (!*row) break;
        const std::string line = check->text(0);
        if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
    }
    out.damage = problems;
    return out;
}

Status configure(SqliteConnection& db) {
    auto mode = db.prepare("PRAGMA journal_mode = WAL");
    if (!mode) return std::unexpected(mode.error());
    auto row = mode->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || mode->text(0) != "wal") return std::unexpected(Error("the file system refuses SQLite's WAL mode (a network drive?)"));
    // FULL: each commit is fsynced, so a committed record survives a power cut too,
    // not only a kill -9 (NORMAL would be enough for that). One fsync per attempt is cheap.
    return db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
}

std::string outcomeItemKey(const OutcomeRow& row) {
    std::string key = row.itemId;
    for (const std::string* part : {&row.section, &row.skill, &row.zone}) {
        key += '\x1f';
        key += *part;
    }
    return key;
}

} // namespace progress_store_detail


struct ProgressStore::Impl {
    std::filesystem::path file;
    SqliteConnection db;
    // Caches of the small lookup tables; dropped on rollback, since rows
    // inserted by a rolled-back transaction are gone.
    std::unordered_map<std::string, std::int64_t> textIds;
    std::unordered_map<std::int64_t, std::string> texts;
    std::unordered_map<std::string, std::int64_t> itemIds;
    bool cachesLoaded = false;

    Status begin() { return db.exec("BEGIN IMMEDIATE"); }
    Status commit() {
        auto done = db.exec("COMMIT");
        if (!done) rollback();
        return done;
    }
    void rollback() {
        (void)db.exec("ROLLBACK");
        textIds.clear();
        texts.clear();
        itemIds.clear();
        cachesLoaded = false;
    }

    Status loadCaches() {
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
            itemIds.emplace(progress_store_detail::outcomeItemKey(key), itemRows->integer(0));
        }
        cachesLoaded = true;
        return {};
    }

    Result<std::int64_t> textId(const std::string& text) {
        if (auto it = textIds.find(text); it != textIds.end()) return it->second;
        auto insert = db.prepare("INSERT INTO texts(text) VALUES (?1)");
        if (!insert) return std::unexpected(insert.error());
        if (auto done = insert->bind(1, text).run(); !done) return std::unexpected(done.error());
        const std::int64_t id = db.lastInsertId();
        textIds.emplace(text, id);
        texts.emplace(id, text);
        return id;
    }

    Result<std::int64_t> itemId(const OutcomeRow& row) {
        const std::string key = progress_store_detail::outcomeItemKey(row);
        if (auto it = itemIds.find(key); it != itemIds.end()) return it->second;
        auto insert = db.prepare("INSERT INTO outcome_items(item_id, section, skill, zone) VALUES (?1, ?2, ?3, ?4)");
        if (!insert) return std::unexpected(insert.error());
        if (auto done = insert->bind(1, row.itemId).bind(2, row.section).bind(3, row.skill).bind(4, row.zone).run(); !done) {
            return std::unexpected(done.error());
        }
        const std::int64_t id = db.lastInsertId();
        itemIds.emplace(key, id);
        return id;
    }

    Status markImported(const std::string& name, std::int64_t attemptId) {
        auto insert = db.prepare("INSERT OR IGNORE INTO imported_files(name, attempt_id, imported_unix) VALUES (?1, ?2, ?3)");
        if (!insert) return std::unexpected(insert.error());
        return insert->bind(1, name).bind(2, attemptId).bind(3, static_cast<double>(std::time(nullptr))).run();
    }

    // Inside a transaction the caller owns.
    // `parsedReport`, when given, is attempt.reportJson already parsed (the import has it).
    Result<std::int64_t> insertAttempt(const StoredAttempt& attempt, const std::vector<OutcomeRow>& outcomes,
                                       std::optional<Json> parsedReport = std::nullopt) {
        if (auto loaded = loadCaches(); !loaded) return std::unexpected(loaded.error());
        const TextIdOf idOf = [this](const std::string& text) { return textId(text); };
        auto packed = parsedReport ? packReport(std::move(*parsedReport), idOf) : packReportJson(attempt.reportJson, idOf);
        if (!packed) return std::unexpected(packed.error().context("recording an attempt at " + attempt.caseId));
        auto attemptPacked = deflateText(attempt.attemptJson);
        if (!attemptPacked) return std::unexpected(attemptPacked.error());
        auto insert = db.prepare("INSERT INTO attempts(case_id, started_unix, finished_unix, total, passed, critical, attempt_packed, "
                                 "report_packed, duration_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!insert) return std::unexpected(insert.error());
        insert->bind(1, attempt.caseId).bind(2, attempt.startedUnix).bind(3, attempt.finishedUnix).bind(4, attempt.total);
        insert->bind(5, std::int64_t{attempt.passed}).bind(6, std::int64_t{attempt.critical}).bindBlob(7, *attemptPacked).bindBlob(8, *packed);
        if (attempt.durationS) insert->bind(9, *attempt.durationS);
        else insert->bindNull(9);
        if (auto done = insert->run(); !done) return std::unexpected(done.error());
        const std::int64_t id = db.lastInsertId();
        auto outcome = db.prepare("INSERT INTO outcomes(attempt_id, seq, item, zone_verdict, points, max, rating) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!outcome) return std::unexpected(outcome.error());
        std::int64_t seq = 0;
        for (const OutcomeRow& row : outcomes) {
            auto item = itemId(row);
            if (!item) return std::unexpected(item.error());
            outcome->bind(1, id).bind(2, seq++).bind(3, *item).bind(4, row.zoneVerdict).bind(5, row.points).bind(6, row.max);
            outcome->bind(7, std::int64_t{row.rating});
            if (auto done = outcome->run(); !done) return std::unexpected(done.error());
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

    // An attempt recorded live whose JSON file is being imported: same case,
    // finished within the file's second, not yet tied to a file.
    Result<std::int64_t> liveTwin(const std::string& caseId, double finishedUnix) {
        auto find = db.prepare("SELECT a.id FROM attempts a WHERE a.case_id = ?1 AND a.finished_unix >= ?2 AND a.finished_unix < ?2 + 1 "
                               "AND NOT EXISTS (SELECT 1 FROM imported_files f WHERE f.attempt_id = a.id) ORDER BY a.id LIMIT 1");
        if (!find) return std::unexpected(find.error());
        auto row = find->bind(1, caseId).bind(2, finishedUnix).step();
        if (!row) return std::unexpected(row.error());
        return *row ? find->integer(0) : 0;
    }
};

ProgressStore::ProgressStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ProgressStore::ProgressStore(ProgressStore&&) noexcept = default;
ProgressStore& ProgressStore::operator=(ProgressStore&&) noexcept = default;
ProgressStore::~ProgressStore() = default;

const std::filesystem::path& ProgressStore::file() const { return m_impl->file; }

Result<ProgressStore> ProgressStore::open(const std::filesystem::path& file, StoreOpenNotes* notes) {
    StoreOpenNotes local;
    StoreOpenNotes& out = notes ? *notes : local;
    out = {};
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return std::unexpected(Error("cannot create the folder " + file.parent_path().string() + ": " + ec.message()));

    auto impl = std::make_unique<Impl>();
    impl->file = file;
    auto db = SqliteConnection::open(file, true);
    if (!db) return std::unexpected(db.error());
    impl->db = std::move(*db);
    if (auto busy = impl->db.exec("PRAGMA busy_timeout = " + std::to_string(progress_store_detail::kBusyTimeoutMs)); !busy) return std::unexpected(busy.error());

    auto inspection = progress_store_detail::inspect(impl->db);
    if (!inspection) return std::unexpected(inspection.error().context(file.string()));
    if (inspection->version > kProgressSchemaVersion) {
        impl->db.closeWithoutCheckpoint();
        return std::unexpected(Error(file.string() + " is a progress store of version " + std::to_string(inspection->version) +
                                     ", written by a newer mntrainer (this build reads up to version " + std::to_string(kProgressSchemaVersion) +
                                     "): update mntrainer; the file was left as it is"));
    }
    if (!inspection->damage.empty()) {
        impl->db.close();
        auto aside = progress_store_detail::moveAside(file);
        if (!aside) return std::unexpected(aside.error());
        out.movedAside = *aside;
        out.message = "Your progress store " + file.string() + " was damaged (" + inspection->damage + "). It was moved aside to " +
                      aside->string() + " and a fresh store was created; your history will be rebuilt from your saved JSON attempt files.";
        auto fresh = SqliteConnection::open(file, true);
        if (!fresh) return std::unexpected(fresh.error());
        impl->db = std::move(*fresh);
        if (auto busy = impl->db.exec("PRAGMA busy_timeout = " + std::to_string(progress_store_detail::kBusyTimeoutMs)); !busy) return std::unexpected(busy.error());
        inspection = progress_store_detail::Inspection{};
    }
    int version = inspection->version;
    if (version == 0) {
        auto tables = impl->db.queryInteger("SELECT count(*) FROM sqlite_schema");
        if (!tables) return std::unexpected(tables.error().context(file.string()));
        if (*tables > 0) {
            impl->db.closeWithoutCheckpoint();
            return std::unexpected(Error(file.string() + " is an SQLite database but not a progress store (it has tables and no store version): "
                                         "move it away; it was left as it is"));
        }
    }
    if (auto configured = progress_store_detail::configure(impl->db); !configured) return std::unexpected(configured.error().context(file.string()));
    if (version < kProgressSchemaVersion) {
        if (auto migrated = migrateProgressSchema(impl->db, version); !migrated) return std::unexpected(migrated.error().context(file.string()));
        if (version > 0) {
            out.migratedFromVersion = version;
            if (out.message.empty()) {
                out.message = "Your progress store was updated from version " + std::to_string(version) + " to " +
                              std::to_string(kProgressSchemaVersion) + "; nothing was lost.";
            }
        }
    }
    // A digest out of step with the attempts (a store edited by hand, a bug) is rebuilt once from the rows.
    auto complete = progressDigestComplete(impl->db);
    if (!complete) return std::unexpected(complete.error().context(file.string()));
    ProgressStore store(std::move(impl));
    if (!*complete) {
        if (auto rebuilt = store.rebuildDigest(); !rebuilt) return std::unexpected(rebuilt.error());
        if (out.message.empty()) out.message = "Your progress summary was rebuilt from the recorded attempts; nothing was lost.";
    }
    return store;
}

Status ProgressStore::saveSkillStates(std::int64_t digestedAttempts, const std::map<std::string, CachedSkillState>& states) {
    if (auto saved = core::saveSkillStates(m_impl->db, digestedAttempts, states); !saved) {
        return std::unexpected(saved.error().context(m_impl->file.string() + ": saving the replayed skill states"));
    }
    return {};
}

Result<ProgressDigest> ProgressStore::digest(const std::map<std::string, std::string>* skillKeys) const {
    auto digest = readProgressDigest(m_impl->db, skillKeys);
    if (!digest) return std::unexpected(digest.error().context(m_impl->file.string()));
    return digest;
}

Result<ProgressDigest> ProgressStore::skillDigest(const std::map<std::string, std::string>& skillKeys) const {
    auto digest = readSkillDigest(m_impl->db, &skillKeys);
    if (!digest) return std::unexpected(digest.error().context(m_impl->file.string()));
    return digest;
}

Result<std::map<std::string, double>> ProgressStore::lastPractised(const std::vector<std::string>& caseIds) const {
    // One index probe per case (attempts_by_case): MAX over an index prefix reads one entry, not the table.
    auto latest = m_impl->db.prepare("SELECT MAX(finished_unix) FROM attempts WHERE case_id = ?1");
    if (!latest) return std::unexpected(latest.error().context(m_impl->file.string()));
    std::map<std::string, double> out;
    for (const auto& caseId : caseIds) {
        auto row = latest->bind(1, caseId).step();
        if (!row) return std::unexpected(row.error().context(m_impl->file.string()));
        if (*row && !latest->isNull(0)) out[caseId] = latest->real(0);
        latest->reset();
    }
    return out;
}

Status ProgressStore::rebuildDigest(const Progress& progress) {
    if (auto begun = m_impl->begin(); !begun) return std::unexpected(begun.error().context(m_impl->file.string()));
    auto rebuilt = rebuildProgressDigest(m_impl->db, progress);
    if (!rebuilt) {
        m_impl->rollback();
        return std::unexpected(rebuilt.error().context(m_impl->file.string() + ": rebuilding the progress digest"));
    }
    if (auto done = m_impl->commit(); !done) return std::unexpected(done.error().context(m_impl->file.string()));
    return {};
}

Result<std::int64_t> ProgressStore::record(const StoredAttempt& attempt, std::vector<OutcomeRow> outcomes) {
    if (auto begun = m_impl->begin(); !begun) return std::unexpected(begun.error().context(m_impl->file.string()));
    auto id = m_impl->insertAttempt(attempt, outcomes);
    if (!id) {
        m_impl->rollback();
        return std::unexpected(id.error().context(m_impl->file.string()));
    }
    if (auto done = m_impl->commit(); !done) return std::unexpected(done.error().context(m_impl->file.string()));
    return *id;
}

Result<std::vector<std::int64_t>> ProgressStore::recordBatch(const std::vector<std::pair<StoredAttempt, std::vector<OutcomeRow>>>& batch) {
    if (auto begun = m_impl->begin(); !begun) return std::unexpected(begun.error().context(m_impl->file.string()));
    std::vector<std::int64_t> ids;
    ids.reserve(batch.size());
    for (const auto& [attempt, outcomes] : batch) {
        auto id = m_impl->insertAttempt(attempt, outcomes);
        if (!id) {
            m_impl->rollback();
            return std::unexpected(id.error().context(m_impl->file.string()));
        }
        ids.push_back(*id);
    }
    if (auto done = m_impl->commit(); !done) return std::unexpected(done.error().context(m_impl->file.string()));
    return ids;
}

Result<std::vector<StoredAttempt>> ProgressStore::attempts(bool withJson) const {
    Impl& impl = *m_impl;
    if (withJson) {
        if (auto loaded = impl.loadCaches(); !loaded) return std::unexpected(loaded.error());
    }
    auto query = impl.db.prepare(withJson ? "SELECT id, case_id, started_unix, finished_unix, total, passed, critical, duration_s, attempt_packed, "
                                            "report_packed FROM attempts ORDER BY finished_unix, id"
                                          : "SELECT id, case_id, started_unix, finished_unix, total, passed, critical, duration_s "
                                            "FROM attempts ORDER BY finished_unix, id");
    if (!query) return std::unexpected(query.error());
    std::vector<StoredAttempt> out;
    const TextOfId textOf = [&impl](std::int64_t id) -> const std::string* {
        const auto it = impl.texts.find(id);
        return it == impl.texts.end() ? nullptr : &it->second;
    };
    for (;;) {
        auto row = query->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        StoredAttempt a;
        a.id = query->integer(0);
        a.caseId = query->text(1);
        a.startedUnix = query->real(2);
        a.finishedUnix = query->real(3);
        a.total = query->real(4);
        a.passed = query->integer(5) != 0;
        a.critical = query->integer(6) != 0;
        if (!query->isNull(7)) a.durationS = query->real(7);
        if (withJson) {
            auto attemptJson = inflateText(query->text(8));
            if (!attemptJson) return std::unexpected(attemptJson.error().context(impl.file.string() + ": attempt " + std::to_string(a.id)));
            a.attemptJson = std::move(*attemptJson);
            auto report = unpackReportJson(query->text(9), textOf);
            if (!report) return std::unexpected(report.error().context(impl.file.string() + ": attempt " + std::to_string(a.id)));
            a.reportJson = std::move(*report);
        }
        out.push_back(std::move(a));
    }
    return out;
}

Result<std::vector<OutcomeRow>> ProgressStore::outcomes() const {
    auto query = m_impl->db.prepare(
        "SELECT o.attempt_id, i.item_id, i.section, i.skill, i.zone, o.zone_verdict, o.points, o.max, o.rating, a.finished_unix "
        "FROM outcomes o JOIN outcome_items i ON i.id = o.item JOIN attempts a ON a.id = o.attempt_id "
        "ORDER BY a.finished_unix, o.attempt_id, o.seq");
    if (!query) return std::unexpected(query.error());
    std::vector<OutcomeRow> out;
    for (;;) {
        auto row = query->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        OutcomeRow o;
        o.attemptId = query->integer(0);
        o.itemId = query->text(1);
        o.section = query->text(2);
        o.skill = query->text(3);
        o.zone = query->text(4);
        o.zoneVerdict = query->text(5);
        o.points = query->real(6);
        o.max = query->real(7);
        o.rating = static_cast<int>(query->integer(8));
        o.atUnix = query->real(9);
        out.push_back(std::move(o));
    }
    return out;
}

Result<std::size_t> ProgressStore::attemptCount() const {
    auto count = m_impl->db.queryInteger("SELECT count(*) FROM attempts");
    if (!count) return std::unexpected(count.error());
    return static_cast<std::size_t>(*count);
}

Result<std::size_t> ProgressStore::importJsonHistory(const std::filesystem::path& historyDir, const OutcomeMapper& outcomesOf,
                                                     const Progress& progress) {
    auto report = importJsonHistories({historyDir}, outcomesOf, progress);
    if (!report) return std::unexpected(report.error());
    return report->imported;
}

Result<ImportReport> ProgressStore::importJsonHistories(const std::vector<std::filesystem::path>& historyDirs, const OutcomeMapper& outcomesOf,
                                                        const Progress& progress) {
    Impl& impl = *m_impl;
    ImportReport out;
    std::unordered_set<std::string> taken;
    {
        auto names = impl.db.prepare("SELECT name FROM imported_files");
        if (!names) return std::unexpected(names.error());
        for (;;) {
            auto row = names->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            taken.insert(names->text(0));
        }
    }
    std::vector<std::filesystem::path> files;
    for (const auto& dir : historyDirs) {
        std::error_code ec;
        if (!std::filesystem::exists(dir, ec)) continue;
        std::vector<std::filesystem::path> inDir;
        for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            if (it->path().extension() == ".json" && it->is_regular_file(ec)) inDir.push_back(it->path());
        }
        if (ec) out.problems.push_back({dir, "cannot list this folder: " + ec.message()});
        std::sort(inDir.begin(), inDir.end());
        for (auto& file : inDir) {
            if (!taken.insert(file.filename().string()).second) {
                ++out.alreadyImported;
                continue;
            }
            files.push_back(std::move(file));
        }
    }
    std::size_t done = 0;
    for (std::size_t batchStart = 0; batchStart < files.size(); batchStart += progress_store_detail::kImportBatch) {
        if (auto begun = impl.begin(); !begun) return std::unexpected(begun.error().context(impl.file.string()));
        ImportReport batch;
        const std::size_t batchEnd = std::min(files.size(), batchStart + progress_store_detail::kImportBatch);
        for (std::size_t i = batchStart; i < batchEnd; ++i) {
            const auto& file = files[i];
            if (progress) progress(done, files.size());
            ++done;
            auto record = readFinishedRecord(file);
            if (!record) {
                batch.problems.push_back({file, record.error().summary()});
                continue;
            }
            const std::string name = file.filename().string();
            auto twin = impl.liveTwin(record->attempt.caseId, record->finishedUnix);
            Result<std::int64_t> stored = twin;
            if (twin && *twin != 0) {
                if (auto marked = impl.markImported(name, *twin); !marked) stored = std::unexpected(marked.error());
                else ++batch.linked;
            } else if (twin) {
                StoredAttempt a;
                a.caseId = record->attempt.caseId;
                a.finishedUnix = record->finishedUnix;
                a.durationS = record->attempt.timeSpentS;
                a.startedUnix = record->finishedUnix - record->attempt.timeSpentS.value_or(0.0);
                a.total = record->report.total;
                a.passed = record->report.passed;
                a.critical = !record->report.critical.empty();
                a.attemptJson = attemptToJson(record->attempt).dump();
                a.sourceFile = name;
                stored = impl.insertAttempt(a, outcomesOf ? outcomesOf(record->attempt, record->report, record->finishedUnix) : std::vector<OutcomeRow>{},
                                            reportToJson(record->report));
                if (stored) ++batch.imported;
            }
            if (!stored) {
                impl.rollback();
                return std::unexpected(stored.error().context(impl.file.string() + ": importing " + file.string()));
            }
        }
        if (auto committed = impl.commit(); !committed) return std::unexpected(committed.error().context(impl.file.string()));
        out.imported += batch.imported;
        out.linked += batch.linked;
        for (auto& problem : batch.problems) out.problems.push_back(std::move(problem));
    }
    if (progress) progress(files.size(), files.size());
    return out;
}

} // namespace core
