// `mntrainer lrs push [FILES|DIR]` and `mntrainer lrs status`: sending the
// xAPI statements an exam hand-in writes to a learning record store, through
// an outbox that keeps whatever is not delivered yet.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace cli {

struct LrsOptions {
    std::string action; // push, status
    std::vector<std::string> paths;
    std::string endpoint;
    int credentialsFd = -1;
    int maxAttempts = 4;
    int backoffMs = 1000;
};

void addLrsCommands(CLI::App& app, LrsOptions& options);
int runLrsCommand(const LrsOptions& options);

} // namespace cli
