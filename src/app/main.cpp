// mntrainer entry point: headless subcommands, or the trainer window.
#include "cli/command_line.hpp"
#include "app/bench/bench_ui.hpp"
#include "app/gui_app.hpp"
#include "app/bench/progress_png.hpp"

int main(int argc, char** argv) {
    return cli::runCommandLine(argc, argv, app::runGui, app::runUiBenchmark, [](const cli::ProgressPngRequest& r) {
        return app::renderProgressPng({r.traineeId, r.file, r.nowUnix});
    });
}
