// Practise next: the case that best covers the trainee's due and weakest
// skills, with the reason in one line, and a daily session of N cases.
#pragma once

#include "progress/progress_summary.hpp"

#include <string>
#include <vector>

namespace core {

struct CaseSkills {
    std::string caseId;
    std::string title;
    std::vector<std::string> skills; // SkillMap::skillsOfCase
};

struct NextPick {
    std::string caseId;
    std::string reason; // e.g. "anticoagulants due, depth on cheeks 62%"
    double score = 0.0;
};

[[nodiscard]] std::vector<NextPick> practiseNext(const ProgressSummary& progress, const std::vector<CaseSkills>& cases,
                                                 std::size_t sessionSize, double nowUnix);

} // namespace core
