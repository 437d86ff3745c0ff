// The import of the JSON attempt history into the progress store: every
// attempt_record file not imported before, in batched transactions; a file
// whose attempt was recorded live is linked to it, a bad file reported.
#include "progress/progress_store_impl.hpp"

#include "grading/report_json.hpp"
#include "practice/attempt_store.hpp"

#include <algorithm>
#include <unordered_set>

namespace core {
namespace progress_import_detail {

// Files per import transaction: the write lock is let go between batches, and
// a kill during an import loses at most one batch (imported again next time).
constexpr std::size_t kImportBatch = 256;

// While importing, commits are not fsynced (synchronous NORMAL: WAL stays safe
// against a kill -9, and the WAL is synced at each checkpoint). A power cut can
// lose the last batches, and with them their imported_files rows: the JSON
// files are the record of truth, so the next start imports them again. Every
// attempt recorded live stays FULL (fsynced at its commit).
class RelaxedSync {
public:
    explicit RelaxedSync(SqliteConnection& db) : m_db(db), m_relaxed(db.exec("PRAGMA synchronous = NORMAL").has_value()) {}
    ~RelaxedSync() {
        if (m_relaxed) (void)m_db.exec("PRAGMA synchronous = FULL");
    }
    RelaxedSync(const RelaxedSync&) = delete;
    RelaxedSync& operator=(const RelaxedSync&) = delete;

private:
    SqliteConnection& m_db;
    bool m_relaxed;
};

} // namespace progress_import_detail

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
    const progress_import_detail::RelaxedSync relaxed(impl.db);
    for (std::size_t batchStart = 0; batchStart < files.size(); batchStart += progress_import_detail::kImportBatch) {
        if (auto begun = impl.begin(); !begun) return std::unexpected(begun.error().context(impl.file.string()));
        ImportReport batch;
        const std::size_t batchEnd = std::min(files.size(), batchStart + progress_import_detail::kImportBatch);
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
