// `mntrainer trainee`, `record`, `progress` and `next`: a trainee's progress
// from the command line (the same store, summary and picks as the window).
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <string>

namespace cli {

struct ProgressOptions {
    std::string traineeAction;     // "list" or "add" for `trainee`
    std::string traineeName;       // `trainee add NAME`
    std::string trainee;           // --trainee: id or name; default the last used, or the only one
    std::string protocol = "clinic-standard"; // whose pass mark and progress settings apply
    std::string now;               // --now ISO: the clock for due dates, streaks and picks (default: now)
    bool json = false;
    bool csv = false;
    std::string png;               // `progress --png FILE`
    std::string attemptFile;       // `record ATTEMPT`
    std::string caseFile;          // `record --case FILE`
    std::string at;                // `record --at ISO`: when it was finished (default: now)
    std::size_t count = 1;         // `next --count N`: a daily session of N cases
    bool trainees = false, record = false, progress = false, next = false;
};

// What `progress --png` asks of the app binary, which has GL; the headless
// binary has none and says so.
struct ProgressPngRequest {
    std::string traineeId;
    std::filesystem::path file;
    double nowUnix = 0.0;
    std::string protocol;
};
using ProgressPngRenderer = std::function<int(const ProgressPngRequest&)>;

void addProgressCommands(CLI::App& app, ProgressOptions& options);
// -1 when none of these commands was chosen.
int runProgressCommands(const ProgressOptions& options, const ProgressPngRenderer& renderPng);

} // namespace cli
