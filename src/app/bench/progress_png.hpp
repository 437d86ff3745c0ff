// `mntrainer progress --png FILE`: the progress screen rendered headless
// (offscreen GL) to a PNG, for a portfolio. The app binary does it; the
// headless CLI binary has no GL.
#pragma once

#include <filesystem>
#include <string>

namespace app {

struct ProgressPng {
    std::string trainee;          // id or name, as registered
    std::filesystem::path file;   // the PNG to write
    double nowUnix = 0.0;         // the clock for due dates and the streak (0: now)
    int width = 1280;
    int height = 800;
    float scale = 1.0f;
};

// 0 when written; otherwise the problem is on stderr and 1 is returned.
int renderProgressPng(const ProgressPng& request);

} // namespace app
