// The PNG export runs the real window offscreen through a script held in
// memory, so the file shows exactly what the progress screen shows.
#include "app/bench/progress_png.hpp"

#include "app/gui_app.hpp"

#include "base/bounded_read.hpp"
#include "base/clocks.hpp"
#include "exam/exam_session.hpp"
#include "platform/atomic_file.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace app {

int renderProgressPng(const ProgressPng& request) {
    if (request.trainee.empty()) {
        std::cerr << "mntrainer: progress --png needs a trainee (--trainee NAME or ID)\n";
        return 1;
    }
    // Headless whatever the desktop: a portfolio export never opens a window.
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    std::error_code ec;
    const auto shots = std::filesystem::temp_directory_path(ec) / ("mntrainer-progress-png-" + std::to_string(::getpid()));
    std::filesystem::create_directories(shots, ec);
    char scale[16];
    std::snprintf(scale, sizeof scale, "%.2f", static_cast<double>(request.scale));
    cli::GuiOptions options;
    options.width = request.width;
    options.height = request.height;
    options.screenshotDir = shots;
    options.scriptText = (request.nowUnix > 0.0 ? "clock " + core::isoUtc(request.nowUnix) + "\n" : std::string()) +
                         "pick-trainee " + request.trainee + "\n" + "scale " + scale + "\nopen-progress\nscreenshot progress\n";
    const int rc = runGui(options);
    if (rc != 0) {
        std::filesystem::remove_all(shots, ec);
        return rc;
    }
    auto png = core::readRegularFile(shots / "progress.png", 256u * 1024u * 1024u);
    std::filesystem::remove_all(shots, ec);
    if (!png) {
        std::cerr << "mntrainer: the progress screen was not captured: " << png.error().summary() << "\n";
        return 1;
    }
    if (auto written = core::writeFileAtomically(request.file, *png); !written) {
        std::cerr << "mntrainer: cannot write " << request.file.string() << ": " << written.error().summary() << "\n";
        return 1;
    }
    return 0;
}

} // namespace app
