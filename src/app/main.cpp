// mntrainer entry point: headless subcommands, or the trainer window.
#include "cli/command_line.hpp"
#include "bench_ui.hpp"
#include "gui_app.hpp"

int main(int argc, char** argv) { return cli::runCommandLine(argc, argv, app::runGui, app::runUiBenchmark); }
