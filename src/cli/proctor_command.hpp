// Proctor-held keys and sealed exams on the command line: `proctor-key init`,
// `proctor-key public`, `proctor open FILE.sealed`, `exam pack`, and opening a
// pack for a sitting (`exam start --pack`).
#pragma once

#include "passphrase_input.hpp"

#include "exam/sealed_pack.hpp"

#include <CLI/CLI.hpp>

#include <functional>
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

// A sealed pack opened for a sitting: the exam text and its case library, in memory only.
struct OpenedPack {
    core::UnsealedExam exam;
    core::CaseLibrary library;
};
// `passphrase` is asked only once the file is known to be a pack.
[[nodiscard]] core::Result<OpenedPack> openPackForSitting(const std::string& packFile,
                                                          const std::function<core::Result<std::string>()>& passphrase,
                                                          const core::ReferenceData& data);

} // namespace cli
