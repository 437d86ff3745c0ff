// Whether one exported result can go into a cohort's gradebook: its signature,
// its JSON, the case files it was sat on (SHA-256) and a re-grade under today's
// rules. The one home of these integrity rules; `mntrainer cohort` only reads
// files and prints what this decides.
#pragma once

#include "exam/exam_result.hpp"
#include "model/reference_data.hpp"
#include "platform/signing.hpp"
#include "validation/case_library.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

// A stored score may differ from its re-grade by rounding only.
inline constexpr double kRegradeTolerance = 0.05;

// A case as the cohort check needs it: the validated case and its file's SHA-256.
struct CohortCase {
    const Case* playable = nullptr;
    std::string sha256;
};

// Every playable case of the library, with the SHA-256 of its file as it is now.
[[nodiscard]] std::map<std::string, CohortCase> cohortCases(const CaseLibrary& library);

struct ResultVerdict {
    std::optional<ExamResult> accepted; // set when it goes into the gradebook (re-graded reports)
    std::vector<std::string> problems;  // each in words, e.g. "TAMPERED or wrongly signed: ..."
    std::vector<std::string> notes;     // worth telling, not a reason to refuse (graded under older rules)
};

// `signature` is the .minisig text, or nullopt when there is none. A result
// graded under older grading rules (rules_version below kGradingRulesVersion)
// is never called tampered for scoring differently today: it keeps the score
// it was sat under, with a note naming both scores, and a case file changed by
// the library update since is noted rather than refused.
[[nodiscard]] ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const PublicKey& key,
                                        const std::map<std::string, CohortCase>& cases, const ReferenceData& data);

} // namespace core
