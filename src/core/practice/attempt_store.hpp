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
    // Best total per case id over the saved history, and whether that attempt
    // failed critically (the library marks such a best as failed).
    struct BestScore {
        double score = 0.0;
        bool criticalFail = false; // the attempt with this score broke a critical rule
    };
    [[nodiscard]] std::map<std::string, BestScore> bestScores() const;

private:
    std::filesystem::path m_dir;
};

} // namespace core
