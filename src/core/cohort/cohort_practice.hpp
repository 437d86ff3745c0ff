// Saved practice attempts ("attempt_record" files from the trainee's history)
// found among a cohort's files: re-graded and reported, but they are not
// signed, so nothing proves who made them or when, and they never enter an
// exam gradebook.
#pragma once

#include "cohort/cohort_verdict.hpp"

#include <string>
#include <vector>

namespace core {

struct PracticeVerdict {
    std::string caseId;
    std::string protocol;
    std::string finishedAt;
    double storedScore = 0.0;
    double regradedScore = 0.0;
    bool regraded = false; // false when the record could not be re-graded (see problems)
    bool passed = false;   // of the re-grade
    std::vector<std::string> problems;
    std::vector<std::string> notes;
};

// Whether a parsed file is a practice attempt record (kind "attempt_record").
[[nodiscard]] bool isPracticeRecord(const Json& json);

// Re-grades the record's attempt under the profile it was graded with (the
// case's own profile when the record names none) and compares the scores.
[[nodiscard]] PracticeVerdict judgePracticeRecord(const Json& record,
                                                  const std::map<std::string, CohortCase>& cases,
                                                  const ReferenceData& data);

} // namespace core
