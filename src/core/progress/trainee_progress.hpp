// One trainee's progress as the app and the CLI use it: open the store
// (importing the JSON attempt history, rebuilding a damaged store from it),
// record each graded attempt, and read the summary and the practise-next picks.
#pragma once

#include "base/diagnostics.hpp"
#include "progress/practise_next.hpp"
#include "progress/progress_store.hpp"
#include "progress/progress_summary.hpp"
#include "progress/skill_map.hpp"
#include "progress/trainee_registry.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace core {

struct Attempt;
struct Protocol;
struct Report;

// The profile's "progress" settings (desired retention 0.70..0.97, course
// length in days capping FSRS intervals, CUSUM failure rates) and pass mark.
[[nodiscard]] ProgressSettings progressSettingsOf(const Protocol& protocol);

// The summary from the store's digest: saved skill states plus the events
// after them (replaying all of a skill whose BKT or the FSRS settings changed).
// The same summary as summariseProgress over every outcome row. Reads only.
[[nodiscard]] Result<ProgressSummary> summariseStore(const ProgressStore& store, const SkillMap& skills, const ProgressSettings& settings,
                                                     double nowUnix, CurveDetail detail = CurveDetail::Latest);

// Replays each skill's events since its saved state (all of them when none
// fits these settings) and saves the states, so the next summary and
// practise-next start from them. The one place the cache is written.
[[nodiscard]] Status refreshSkillStates(ProgressStore& store, const SkillMap& skills, const ProgressSettings& settings);

class TraineeProgress {
public:
    // Opens DATA/trainees/ID/progress.sqlite, moving a damaged one aside, and
    // imports every JSON attempt in the trainee's history folders
    // (TraineeRegistry::historyDirs) not yet imported. `skills` should know the
    // library's cases (SkillMap::addCases) so depth items map to their zone's skill.
    [[nodiscard]] static Result<TraineeProgress> open(const TraineeRegistry& registry, const Trainee& trainee, SkillMap skills,
                                                      const ProgressStore::Progress& progress = {});

    // Records a graded attempt (the JSON file is written by AttemptStore as before;
    // naming it marks it imported, so the next open does not import it again).
    [[nodiscard]] Result<std::int64_t> record(const Attempt& attempt, const Report& report, double finishedUnix,
                                              const std::filesystem::path& savedJsonFile = {});

    // Many graded attempts in one transaction (a bench, or a scripted month).
    struct GradedAttempt {
        const Attempt* attempt = nullptr;
        const Report* report = nullptr;
        double finishedUnix = 0.0;
    };
    [[nodiscard]] Result<std::vector<std::int64_t>> recordBatch(const std::vector<GradedAttempt>& attempts);

    // Brings the saved skill states up to date under these settings (after open,
    // or when the profile's settings change); record and recordBatch then keep
    // them current under the same settings. summary() and next() only read.
    [[nodiscard]] Status refreshSkillStates(const ProgressSettings& settings);

    [[nodiscard]] Result<ProgressSummary> summary(const ProgressSettings& settings, double nowUnix, CurveDetail detail = CurveDetail::Latest) const;
    [[nodiscard]] Result<std::vector<NextPick>> next(const std::vector<CaseSkills>& cases, std::size_t sessionSize,
                                                     const ProgressSettings& settings, double nowUnix) const;

    [[nodiscard]] const StoreOpenNotes& openNotes() const { return m_notes; }
    [[nodiscard]] std::size_t importedAtOpen() const { return m_import.imported; }
    // The whole import at open: what was imported, linked, skipped, and each bad file's problem.
    [[nodiscard]] const ImportReport& importReport() const { return m_import; }
    [[nodiscard]] const SkillMap& skills() const { return m_skills; }
    [[nodiscard]] const ProgressStore& store() const { return m_store; }

private:
    TraineeProgress(ProgressStore store, SkillMap skills, StoreOpenNotes notes, ImportReport imported);
    void keepSkillStatesCurrent();
    ProgressStore m_store;
    std::optional<ProgressSettings> m_refreshSettings; // the settings the saved states are kept under, once refreshed
    SkillMap m_skills;
    StoreOpenNotes m_notes;
    ImportReport m_import;
};

} // namespace core
