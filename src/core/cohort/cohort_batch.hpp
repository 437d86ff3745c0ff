// A whole cohort folder judged at once: every file's verdict (in parallel),
// then the rules that need all files together: one attempt id counts once,
// results must be of the official exams, practice records stay apart, and
// each exam gets its own gradebook.
#pragma once

#include "cohort/cohort_practice.hpp"
#include "cohort/cohort_verdict.hpp"
#include "exam/key_roster.hpp"
#include "exam/official_exam.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct CohortFile {
    std::filesystem::path file;
    ResultVerdict
        verdict; // after judgeCohort, an accepted result has moved into the gradebook: see below
    std::optional<PracticeVerdict>
        practice; // set for a practice attempt record (standing Practice)
    // Set for a result in a gradebook: its re-graded total and pass.
    std::optional<double> total;
    bool passed = false;
};

struct CohortSettings {
    const KeyRoster& roster;
    const std::map<std::string, CohortCase>& cases;
    const ReferenceData& data;
    const std::vector<OfficialExam>&
        officials;     // empty: exams are not checked (and then only one exam may be collected)
    unsigned jobs = 1; // worker threads
};

struct Cohort {
    std::vector<CohortFile> files; // in the order given
    std::map<std::string, std::vector<ExamResult>>
        gradebooks; // accepted results by exam id, each attempt once
};

// The result files of a folder as `cohort` reads them: *.json, sorted, not
// the xAPI copies beside them (an unreadable folder sets `ec`).
[[nodiscard]] std::vector<std::filesystem::path> cohortResultFiles(const std::filesystem::path& dir, std::error_code& ec);

[[nodiscard]] Cohort judgeCohort(const std::vector<std::filesystem::path>& files,
                                 const CohortSettings& settings);

// A standing that makes the collection fail (exit 1): anything refused.
// Accepted, duplicate copies, practice records and results of other exams
// (set aside when --exam names the ones collected) are reported but are fine.
[[nodiscard]] bool isProblem(Standing standing);

// "exam-a (3 results), exam-b (2 results)": the exams among the accepted results.
[[nodiscard]] std::string examCounts(const Cohort& cohort);

} // namespace core
