// `mntrainer generate --from CASE_ID --seed N --out DIR`: writes a seeded
// variant of a case and its model answer (see grading/case_variant).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace cli {

struct GenerateOptions {
    std::string from;                // the hand-written case's id
    std::string seed;                // decimal, 0..2^64-1 (checked by core::parseVariantSeed)
    std::string out;                 // folder for the case and its answer
    std::vector<std::string> cases;  // folders to look in (default: the bundled cases/)
};

CLI::App* addGenerateCommand(CLI::App& app, GenerateOptions& options);
int runGenerate(const GenerateOptions& options);

} // namespace cli
