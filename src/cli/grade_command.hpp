// `mntrainer grade`: grades one attempt (readable report or JSON) or many
// (JSON lines or CSV, one row per attempt).
#pragma once

#include <CLI/CLI.hpp>

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

CLI::App* addGradeCommand(CLI::App& app, GradeOptions& options);
int runGrade(const GradeOptions& options);

} // namespace cli
