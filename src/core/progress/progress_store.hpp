// A trainee's progress store: one SQLite file (WAL) holding every graded
// attempt, its Report, and one outcome row per graded line item. Opened with
// an integrity check; migrated from every earlier schema version.
#pragma once

#include "base/diagnostics.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace core {

struct Attempt;
struct Report;
struct ProgressDigest;
struct CachedSkillState;

// One graded line item of one attempt, with the skill it trains.
struct OutcomeRow {
    std::int64_t attemptId = 0;
    std::string itemId;     // LineItem::id()
    std::string section;    // toString(Section)
    std::string skill;      // from the skill map; "" when the item maps to none
    std::string zone;       // the zone of a plan item, else ""
    std::string zoneVerdict;// toString(ZoneVerdict) for a zone item, else ""
    double points = 0.0;
    double max = 0.0;
    int rating = 3;         // core::Rating as int: 1 again, 2 hard, 3 good (4 is decided at replay)
    double atUnix = 0.0;    // the attempt's finish time (read back from the attempt; ignored by record)
};

struct StoredAttempt {
    std::int64_t id = 0;
    std::string caseId;
    double startedUnix = 0.0;
    double finishedUnix = 0.0;
    double total = 0.0;
    bool passed = false;
    bool critical = false;
    std::string attemptJson; // attemptToJson
    std::string reportJson;  // reportToJson (stored packed: see report_packing.hpp; read back compact)
    std::optional<double> durationS; // Attempt::timeSpentS, when known
    // The JSON record's file name (AttemptStore::saveFinished) when there is
    // one, so the import at the next start does not record it again.
    std::string sourceFile;
};

// A history file the import skipped, and why (file, JSON pointer, line).
struct ImportProblem {
    std::filesystem::path file;
    std::string what;
};

struct ImportReport {
    std::size_t imported = 0;        // new attempts recorded
    std::size_t linked = 0;          // files whose attempt was already recorded live
    std::size_t alreadyImported = 0; // files skipped because an earlier import took them
    std::vector<ImportProblem> problems;
};

// What the store's open did besides opening: a migration, or a damaged file
// moved aside (its new name), so the caller can say so.
struct StoreOpenNotes {
    int migratedFromVersion = 0;          // 0 when no migration ran
    std::filesystem::path movedAside;     // empty unless the file was damaged
    std::string message;                  // one sentence for the user, or ""
};

class ProgressStore {
public:
    static constexpr int kSchemaVersion = 5;

    // Opens or creates; runs PRAGMA integrity_check; a damaged store is moved
    // aside (FILE.damaged-STAMP, with its -wal and -shm) and a fresh one
    // created, reported in notes. A store from a newer build is refused and
    // left untouched. WAL, synchronous=FULL: a committed record survives a
    // kill -9 (and a power cut).
    [[nodiscard]] static Result<ProgressStore> open(const std::filesystem::path& file, StoreOpenNotes* notes = nullptr);

    ProgressStore(ProgressStore&&) noexcept;
    ProgressStore& operator=(ProgressStore&&) noexcept;
    ~ProgressStore();

    // One transaction: the attempt, its report and its outcome rows (attemptId
    // in `outcomes` is filled in). Returns the new attempt id.
    [[nodiscard]] Result<std::int64_t> record(const StoredAttempt& attempt, std::vector<OutcomeRow> outcomes);

    // Several attempts in one transaction (all or none): a scripted month, a
    // bench store of 100,000 attempts, without one fsync per attempt.
    [[nodiscard]] Result<std::vector<std::int64_t>> recordBatch(const std::vector<std::pair<StoredAttempt, std::vector<OutcomeRow>>>& batch);

    [[nodiscard]] Result<std::vector<StoredAttempt>> attempts(bool withJson = false) const;
    [[nodiscard]] Result<std::vector<OutcomeRow>> outcomes() const;
    [[nodiscard]] Result<std::size_t> attemptCount() const;

    // What the summary needs, kept up to date with every record (schema v3, v5):
    // the curve's blocks, light attempt columns with section scores, per-skill events, zone totals.
    // With `skillKeys` (skill -> skillStateKey), saved skill states with that key and only the later events.
    // Every attempt's light columns, or with `latestAttempts` > 0 only the latest that many.
    [[nodiscard]] Result<ProgressDigest> digest(const std::map<std::string, std::string>* skillKeys = nullptr, std::size_t latestAttempts = 0) const;
    // Consecutive days with an attempt, ending today or yesterday: one index probe per day of the streak.
    [[nodiscard]] Result<int> streakDays(double nowUnix) const;
    // Only the skills' part of the digest (saved states with these keys, later
    // events): what practise-next needs, without reading the attempts.
    [[nodiscard]] Result<ProgressDigest> skillDigest(const std::map<std::string, std::string>& skillKeys) const;
    // When each of these cases was last practised (its latest finish time); a case never practised is absent.
    [[nodiscard]] Result<std::map<std::string, double>> lastPractised(const std::vector<std::string>& caseIds) const;
    // Saves replayed skill states for the next summary, unless attempts were recorded since `digestedAttempts`.
    [[nodiscard]] Status saveSkillStates(std::int64_t digestedAttempts, const std::map<std::string, CachedSkillState>& states);
    // Fills the digest again from the outcome rows (one transaction), e.g. when
    // it was found incomplete at open (notes.message says so).
    [[nodiscard]] Status rebuildDigest(const std::function<void(std::size_t, std::size_t)>& progress = {});

    // Imports every attempt_record JSON file in `historyDir` not imported
    // before (keyed by file name); the JSON files are left as they are.
    // `outcomesOf` turns a record into its outcome rows (the skill map).
    using OutcomeMapper = std::function<std::vector<OutcomeRow>(const Attempt&, const Report&, double finishedUnix)>;
    using Progress = std::function<void(std::size_t done, std::size_t total)>;
    [[nodiscard]] Result<std::size_t> importJsonHistory(const std::filesystem::path& historyDir, const OutcomeMapper& outcomesOf,
                                                        const Progress& progress = {});
    // The same over several folders (TraineeRegistry::historyDirs), with what
    // was skipped and why. A bad file is reported, never fatal; only a store
    // failure (disk full, a damaged store) is an error. Batched transactions.
    [[nodiscard]] Result<ImportReport> importJsonHistories(const std::vector<std::filesystem::path>& historyDirs,
                                                           const OutcomeMapper& outcomesOf, const Progress& progress = {});

    [[nodiscard]] const std::filesystem::path& file() const;

private:
    struct Impl;
    explicit ProgressStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
