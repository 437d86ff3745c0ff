// Where a proctor's passphrase comes from on the command line: the terminal
// (echo off), a file, or an open file descriptor. Never a plain argument, so
// it never shows in `ps` or the shell history.
#pragma once

#include "base/diagnostics.hpp"

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace cli {

struct PassphraseSource {
    std::string file; // --passphrase-file FILE: its first line
    int fd = -1;      // --passphrase-fd N: the first line read from N
};

// Adds --passphrase-file and --passphrase-fd to a subcommand.
void addPassphraseOptions(CLI::App* command, PassphraseSource& source);

// The passphrase from the file or descriptor given, else asked on /dev/tty
// with echo off (twice when `confirm`, for a new passphrase). An error when
// none is given and there is no terminal, or it is empty.
[[nodiscard]] core::Result<std::string> readPassphrase(const PassphraseSource& source, std::string_view prompt, bool confirm = false);

} // namespace cli
