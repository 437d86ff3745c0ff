// `mntrainer validate PATH...`: checks instructor files and prints one line per problem.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace cli {

struct ValidateOptions {
    std::vector<std::string> paths;
    bool json = false;
    bool quiet = false;
};

CLI::App* addValidateCommand(CLI::App& app, ValidateOptions& options);
int runValidate(const ValidateOptions& options);

} // namespace cli
