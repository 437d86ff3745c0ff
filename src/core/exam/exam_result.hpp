// A finished exam sitting and its exports: the full JSON record and xAPI
// 1.0.3 statements (gradebook CSVs: gradebook_csv.hpp). Pure functions of
// the result; the app writes and signs the files.
#pragma once

#include "base/diagnostics.hpp"
#include "model/attempt.hpp"
#include "model/exam.hpp"
#include "base/version.hpp"
#include "json/json_document.hpp"
#include "grading/report.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

struct Candidate {
    std::string name;
    std::string id;
    std::string email; // optional
};

struct ExamCaseResult {
    std::string caseId;
    std::string caseTitle;
    std::string caseSha256; // of the case file as sat
    Attempt attempt;
    Report report;
    double weight = 1; // in the exam total, under the weighted rule

    // Left without a decision: it scores 0 and earns nothing from its key.
    [[nodiscard]] bool answered() const { return attempt.decisionGiven; }
};

struct ExamResult {
    std::string appVersion{core::appVersion()}; // the build that sat it
    std::string attemptId; // UUID, also the xAPI registration
    Json examFile;         // the exam file as sat
    std::string examSha256;
    Exam exam;
    Candidate candidate;
    std::string startedAt;   // ISO 8601 UTC
    std::string submittedAt; // ISO 8601 UTC
    double durationSeconds = 0;
    bool autoSubmitted = false; // the time limit ran out
    std::uint64_t drawSeed = 0; // the seed this sitting's cases were drawn with
    std::vector<ExamCaseResult> cases;

    // The exam's total rule over the case scores (mean, or weighted), one
    // decimal; an unanswered case counts as 0.
    [[nodiscard]] double total() const;
    // Why the sitting fails, one sentence each: a total under the pass mark, a
    // critical error, an unanswered case (all_cases_required), a case under
    // min_case_score. Empty when it passes.
    [[nodiscard]] std::vector<std::string> failReasons() const;
    [[nodiscard]] bool passed() const { return failReasons().empty(); }
};

Json examResultToJson(const ExamResult& result);
[[nodiscard]] std::expected<ExamResult, core::Error> examResultFromJson(const Json& json);

// A JSON array of xAPI statements, postable as is to POST /statements.
Json examResultXapi(const ExamResult& result);

// A random (version 4) UUID.
std::string newUuid();

} // namespace core
