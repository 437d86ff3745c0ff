// Proctor-held keys and sealed exams on the command line: `proctor-key init`,
// `proctor-key public`, `proctor open FILE.sealed` and `exam pack`. (A sitting
// opens its pack with core::openPackForSitting, as the window does.)
#pragma once

#include "passphrase_input.hpp"

#include "exam/sealed_pack.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace cli {

struct ProctorOptions {
    std::string action; // key-init, key-public, open, pack
    PassphraseSource passphrase;
    std::string kdfStrength = "moderate";
    std::string sealedFile; // open
    std::string outDir;     // open: where the opened result goes (default: beside it)
    std::string examFile;   // pack
    std::string outFile;    // pack
    std::string casesDir;   // pack (default: the bundled library)
    std::string proctorKey; // pack: the public key file (default: this install's)
};

void addProctorCommands(CLI::App& app, ProctorOptions& options);
// `exam pack` sits under `exam`, beside the sitting commands.
void addExamPackCommand(CLI::App* exam, ProctorOptions& options);
// Runs whichever was given; returns -1 when none was.
int runProctorCommands(const ProctorOptions& options);

} // namespace cli
