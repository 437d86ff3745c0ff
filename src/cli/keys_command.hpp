// Signing keys and signature checks: `keys init`, `keys migrate`,
// `keys public`, `sign FILE` (each secret step asks for the proctor's
// passphrase), `verify FILE`.
#pragma once

#include "passphrase_input.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace cli {

struct KeysOptions {
    std::string action; // init, migrate, public
    std::string kdfCost = "sensitive";
    std::string signFile;
    std::string verifyFile;
    std::string pubkey;
    PassphraseSource passphrase;
};

void addKeysCommands(CLI::App& app, KeysOptions& options);
// Runs whichever of the commands was given; returns -1 when none was.
int runKeysCommands(const KeysOptions& options);

} // namespace cli
