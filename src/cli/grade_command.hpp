// `mntrainer grade`: grades one attempt (readable report or JSON) or many
// (JSON lines or CSV, one row per attempt).
#pragma once

#include "grading/report.hpp"
#include "model/attempt.hpp"
#include "model/reference_data.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <map>
#include <optional>

#include <string>
#include <vector>

namespace cli {

struct GradeOptions {
    std::string caseFile;
    std::string attemptFile;
    std::vector<std::string> attempts; // batch: files and folders
    std::string casesDir;              // where to find cases by id (default: bundled library)
    std::string protocol;              // id or file; default: each case's own profile
    bool json = false;
    std::string format = "jsonl"; // batch output: jsonl or csv
};

// One graded (or failed) attempt file, ready to print or record.
struct GradedAttemptFile {
    std::string attemptFile;
    std::optional<core::Report> report;
    std::optional<core::Attempt> attempt;
    std::string caseTitle;
    std::string error; // set when there is no report: file, pointer and what is wrong
};

// The case is `caseFile` when given, else found by the attempt's case_id.
[[nodiscard]] GradedAttemptFile gradeAttemptFile(const std::string& attemptFile, const std::optional<std::string>& caseFile,
                                                 const std::map<std::string, std::string>& caseFilesById,
                                                 const std::string& protocolArg, core::ReferenceData& data);
// Case id -> file, for every case document under `dir`.
[[nodiscard]] std::map<std::string, std::string> caseFilesByIdIn(const std::filesystem::path& dir);

CLI::App* addGradeCommand(CLI::App& app, GradeOptions& options);
int runGrade(const GradeOptions& options);

} // namespace cli
