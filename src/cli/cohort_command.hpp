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
    bool chosen = false;
};

void addCohortCommand(CLI::App& app, CohortOptions& options);
int runCohort(const CohortOptions& options);

} // namespace cli
