// Whether one exported result can go into a cohort's gradebook: its signature,
// its JSON, the case files it was sat on (SHA-256) and a re-grade under today's
// rules. The one home of these integrity rules; `mntrainer cohort` only reads
// files and prints what this decides.
#pragma once

#include "exam/exam_result.hpp"
#include "exam/key_roster.hpp"
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
    std::string file; // for exams with variants: the variant is made again from it
};

// Every playable case of the library, with the SHA-256 of its file as it is now.
[[nodiscard]] std::map<std::string, CohortCase> cohortCases(const CaseLibrary& library);

// Where one file ends up. The first six are decided by judgeResult; the rest
// by the cohort as a whole (duplicates, the official exam, practice records).
enum class Standing { Accepted, Unsigned, Untrusted, Tampered, Unreadable, Refused, Duplicate, Conflict, ExamMismatch, SetAside, Practice };
// Upper-case words for reports: "ACCEPTED", "UNTRUSTED", "EXAM MISMATCH"...
std::string standingName(Standing standing);

// Who and what a result claims to be, known once it verified and parsed.
struct ResultSummary {
    std::string attemptId;
    std::string examId;
    std::string examTitle;
    std::string candidateId;
    std::string candidateName;
};

struct ResultVerdict {
    Standing standing = Standing::Unreadable;
    std::string machine;                // the roster's name for the signing key, when it verified
    std::string keyId;                  // the key id the signature names, when it has one
    std::optional<ResultSummary> summary; // whenever it verified and parsed, accepted or not
    std::optional<ExamResult> accepted; // set when it goes into the gradebook (re-graded reports)
    std::vector<std::string> problems;  // each in words, e.g. "TAMPERED or wrongly signed: ..."
    std::vector<std::string> notes;     // worth telling, not a reason to refuse (graded under older rules)
};

// `signature` is the .minisig text, or nullopt when there is none. Only a key
// in the roster is tried: a signature by any other key is UNTRUSTED (named by
// its key id) and read no further, whatever it says. A result
// graded under older grading rules (rules_version below kGradingRulesVersion)
// is never called tampered for scoring differently today: it keeps the score
// it was sat under, with a note naming both scores, and a case file changed by
// the library update since is noted rather than refused.
[[nodiscard]] ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const KeyRoster& roster,
                                        const std::map<std::string, CohortCase>& cases, const ReferenceData& data);
// The same against a roster of one key (its machine is called "the given key").
[[nodiscard]] ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const PublicKey& key,
                                        const std::map<std::string, CohortCase>& cases, const ReferenceData& data);

} // namespace core
