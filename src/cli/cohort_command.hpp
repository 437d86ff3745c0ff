// `mntrainer cohort DIR --csv PRESET`: checks a class's signed results and
// writes one gradebook CSV.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace cli {

struct CohortOptions {
    std::string dir;
    std::string preset = "generic";
    std::string pubkey;
    std::string out;
    std::string moodleMapFrom = "idnumber";  // the Moodle preset's identifier column
    std::string canvasAssignmentId;          // the Canvas preset's "Title (id)"
    bool bom = false;                        // UTF-8 byte order mark for Excel
    bool chosen = false;
};

void addCohortCommand(CLI::App& app, CohortOptions& options);
int runCohort(const CohortOptions& options);

} // namespace cli
