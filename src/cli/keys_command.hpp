// Signing keys and signature checks: `keys public`, `sign FILE`, `verify FILE`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace cli {

struct KeysOptions {
    bool keysPublic = false;
    std::string signFile;
    std::string verifyFile;
    std::string pubkey;
};

void addKeysCommands(CLI::App& app, KeysOptions& options);
// Runs whichever of the commands was given; returns -1 when none was.
int runKeysCommands(const KeysOptions& options);

} // namespace cli
