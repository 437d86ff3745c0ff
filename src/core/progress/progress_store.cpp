// The progress store on SQLite: opening (integrity check, moving a damaged
// file aside, migrations), recording attempts and reading them back. The
// recording path is in progress_store_impl.cpp, the JSON import in progress_import.cpp.
#include "progress/progress_store.hpp"

#include "base/clocks.hpp"
#include "progress/progress_curve_rows.hpp"
#include "progress/progress_digest_rows.hpp"
#include "progress/progress_schema.hpp"
#include "progress/progress_store_impl.hpp"
#include "progress/report_packing.hpp"

namespace core {
namespace progress_store_detail {

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

} // namespace progress_store_detail


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

Result<ProgressDigest> ProgressStore::digest(const std::map<std::string, std::string>* skillKeys, std::size_t latestAttempts) const {
    auto digest = readProgressDigest(m_impl->db, skillKeys, latestAttempts);
    if (!digest) return std::unexpected(digest.error().context(m_impl->file.string()));
    return digest;
}

Result<int> ProgressStore::streakDays(double nowUnix) const {
    auto streak = storeStreakDays(m_impl->db, nowUnix);
    if (!streak) return std::unexpected(streak.error().context(m_impl->file.string()));
    return streak;
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

} // namespace core
