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
    std::vector<ExamCaseResult> cases;

    // Mean of the case scores, one decimal.
    [[nodiscard]] double total() const;
    // At least the pass mark, and no critical error in any case.
    [[nodiscard]] bool passed() const;
};

Json examResultToJson(const ExamResult& result);
[[nodiscard]] std::expected<ExamResult, core::Error> examResultFromJson(const Json& json);

// A JSON array of xAPI statements, postable as is to POST /statements.
Json examResultXapi(const ExamResult& result);

// A random (version 4) UUID.
std::string newUuid();

} // namespace core
