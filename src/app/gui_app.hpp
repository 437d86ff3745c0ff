// The trainer window's lifetime: load data, run the frame loop, shut down.
#pragma once

#include "cli/command_line.hpp"

namespace app {

int runGui(const cli::GuiOptions& options);

} // namespace app
