// Where attempts live on the trainee's machine (XDG data dir): the autosave of
// the attempt in progress, and every finished attempt with its Report.
#pragma once

#include "base/diagnostics.hpp"
#include "model/attempt.hpp"
#include "practice/practice_commands.hpp"
#include "grading/report.hpp"

#include <expected>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct AutosaveRecord {
    Attempt attempt;
    Stage stage = Stage::Consultation;
    bool decisionMade = false;
};

// A finished attempt as saveFinished writes it (kind "attempt_record").
struct FinishedRecord {
    Attempt attempt;
    Report report;
    std::string finishedAtIso;
    double finishedUnix = 0.0;
};

// Reads one saved record back; every problem is located (file, pointer, line).
[[nodiscard]] Result<FinishedRecord> readFinishedRecord(const std::filesystem::path& file);

class AttemptStore {
public:
    explicit AttemptStore(std::filesystem::path dataDir);

    [[nodiscard]] const std::filesystem::path& dir() const { return m_dir; }
    [[nodiscard]] std::filesystem::path autosavePath() const;
    [[nodiscard]] std::filesystem::path historyDir() const;

    // Atomic; returns "" or what went wrong.
    [[nodiscard]] Status saveAutosave(const AutosaveRecord& record) const;
    // nullopt when there is none; a damaged one is reported in `problem`.
    [[nodiscard]] Result<std::optional<AutosaveRecord>> loadAutosave() const;
    void clearAutosave() const;

    // Saves a finished attempt with its report; returns the file or an error.
    [[nodiscard]] std::expected<std::filesystem::path, core::Error> saveFinished(const Attempt& attempt, const Report& report,
                                                                  const std::string& finishedAtIso) const;
    // The best attempt per case id over the saved history: a passing attempt
    // always beats a failed one (a clean 90 beats a critically failed 95), then
    // the higher score, then, on a tie, the one without a critical failure.
    struct BestScore {
        double score = 0.0;
        bool passed = false;       // the report's verdict at the pass mark, critical rules included
        bool criticalFail = false; // the attempt with this score broke a critical rule
        [[nodiscard]] bool betterThan(const BestScore& other) const;
        // How the library shows it: "92", or "51 FAIL" with why it failed.
        [[nodiscard]] std::string label() const;
        [[nodiscard]] std::string failReason() const; // empty when passed
    };
    // The best per case, and each history file left out of it with why (file,
    // JSON pointer, what to do): one damaged file never stops the others.
    struct BestScoreList {
        std::map<std::string, BestScore> byCase;
        std::vector<std::string> skipped;
    };
    [[nodiscard]] BestScoreList bestScores() const;

private:
    std::filesystem::path m_dir;
};

} // namespace core
