// Practise next: the case that best covers the trainee's due and weakest
// skills, with the reason in one line, and a daily session of N cases.
#pragma once

#include "progress/progress_summary.hpp"

#include <map>
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

// When each case was last practised (its latest attempt's finish time).
using LastPractised = std::map<std::string, double>;

// From the skills' progress (skillProgress) and when each case was last practised:
// all practise-next reads, so it needs neither the curve nor the zones.
[[nodiscard]] std::vector<NextPick> practiseNext(const std::vector<GroupProgress>& skills, const LastPractised& lastPractised,
                                                 const std::vector<CaseSkills>& cases, std::size_t sessionSize, double nowUnix);

// The same from a whole summary (its groups, and its curve for the last practice of each case).
[[nodiscard]] std::vector<NextPick> practiseNext(const ProgressSummary& progress, const std::vector<CaseSkills>& cases,
                                                 std::size_t sessionSize, double nowUnix);

} // namespace core
