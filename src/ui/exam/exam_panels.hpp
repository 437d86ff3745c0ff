// Exam screens: the proctor's start screen (exam, candidate, export folder),
// the running exam's bar (timer, cases, review flags, hand in), and the
// screen after hand-in, which shows only what the feedback policy allows.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawExamSetup(UiContext& ctx, ExamSetupState& state);
void drawExamBar(UiContext& ctx);
void drawExamDone(UiContext& ctx);

} // namespace ui
