// `mntrainer cohort DIR --csv PRESET --trusted-keys KEYS --exam EXAM`: checks a
// class's signed results against the proctor's roster of machine keys and the
// official exam files, and writes one gradebook CSV per exam; with
// --item-analysis [--json|--csv] it prints Moodle's item statistics of each
// exam and the cohort error map instead.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace cli {

struct CohortOptions {
    std::string dir;
    std::string preset = "generic";
    std::vector<std::string> pubkeys;     // --pubkey, repeatable: machine name = file stem
    std::vector<std::string> trustedKeys; // --trusted-keys, repeatable: every *.pub in each folder
    std::vector<std::string> exams;       // --exam, repeatable: the official exam files
    std::string out;                      // a file, or a pattern with {exam} for one CSV per exam
    std::string report;                   // JSON report file
    unsigned jobs = 0;                    // 0: one per core
    std::string moodleMapFrom = "idnumber"; // the Moodle preset's identifier column
    std::string canvasAssignmentId;         // the Canvas preset's "Title (id)"
    bool bom = false;                       // UTF-8 byte order mark for Excel
    bool csvBare = false;                   // --csv given with no preset: the item analysis as CSV
    bool itemAnalysis = false;              // print the item analysis instead of the gradebook
    bool json = false;                      // the item analysis as JSON
    bool chosen = false;
};

void addCohortCommand(CLI::App& app, CohortOptions& options);
int runCohort(const CohortOptions& options);

} // namespace cli
