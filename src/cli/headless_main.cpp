// mntrainer-cli entry point: every headless subcommand, built without SDL,
// ImGui or GL (for servers, CI and the sanitizer build). With no subcommand
// it says where the window is instead of opening one.
#include "command_line.hpp"

#include <iostream>

namespace {

int noWindow(const cli::GuiOptions&) {
    std::cerr << "mntrainer-cli has no window: run a subcommand (see --help), or use mntrainer for the trainer window\n";
    return 2;
}

int noUiBenchmark() {
    std::cerr << "mntrainer-cli has no window to benchmark: run `mntrainer bench --ui` from a GUI build\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) { return cli::runCommandLine(argc, argv, noWindow, noUiBenchmark); }
