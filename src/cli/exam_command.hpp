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
    std::string packFile; // a sealed pack instead of --exam (the proctor's passphrase opens it)
    PassphraseSource passphrase;
};

void addExamCommands(CLI::App& app, ExamOptions& options);
int runExamCommand(const ExamOptions& options);

} // namespace cli
