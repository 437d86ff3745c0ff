// `mntrainer bench ui`: start-up, frame and idle figures for the trainer
// window, measured on child processes of this same binary, headless.
#pragma once

namespace app {

int runUiBenchmark();

} // namespace app
