// The mntrainer command line: headless subcommands, or the GUI when none is given.
#pragma once

#include "progress_command.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace cli {

struct GuiOptions {
    std::filesystem::path casesDir;        // empty: the bundled cases/
    std::filesystem::path screenshotPath;  // write a PNG of the last frame, then exit
    int frames = 0;                        // >0: render this many frames, then exit
    int width = 1280;
    int height = 800;
    std::filesystem::path scriptPath;     // drive the app from a UI script
    std::string scriptText;               // or from one given in memory (`progress --png`)
    std::filesystem::path screenshotDir;  // where script screenshots go
    // Benchmark hooks (hidden options used by `bench ui` on child processes).
    bool firstFrameReport = false; // print CLOCK_MONOTONIC ns at the first frame shown, then exit
    bool bareWindow = false;       // a bare SDL2 + ImGui + GL window instead of the trainer
    int frameStats = 0;            // after the script: time this many frames and print statistics
    int penBench = 0;              // after the script: drag a pen over the perform map this many frames (app/bench_pen)
};

using GuiLauncher = std::function<int(const GuiOptions&)>;
using UiBenchmark = std::function<int()>;

// Exit codes: 0 success, 1 invalid input or failure, 2 usage error.
// `renderProgressPng` draws `progress --png` (the app binary passes one; the headless binary passes none).
int runCommandLine(int argc, char** argv, const GuiLauncher& launchGui, const UiBenchmark& benchUi,
                   const ProgressPngRenderer& renderProgressPng = {});

} // namespace cli
