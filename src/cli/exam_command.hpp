// `mntrainer exam ...`: a whole exam sitting without a display (start, answer
// from a script, status, export), for proctors' tooling, tests and benchmarks.
#pragma once

#include "passphrase_input.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace cli {

struct ExamOptions {
    std::string action; // start, answer, run, status, export
    std::string examFile;
    std::string name;
    std::string id;
    std::string email;
    std::string script;
    std::string exportDir;
    PassphraseSource passphrase; // the proctor's, to unlock the signing key at the start and at the hand-in
};

void addExamCommands(CLI::App& app, ExamOptions& options);
int runExamCommand(const ExamOptions& options);

} // namespace cli
