// Exam screens: the proctor's start screen (exam, candidate, export folder),
// the running exam's bar (timer, cases, review flags, hand in), and the
// screen after hand-in, which shows only what the feedback policy allows
// (and, for the proctor, the passphrase that unlocks a waiting export).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawExamSetup(UiContext& ctx, ExamSetupState& state);
void drawExamBar(UiContext& ctx);
void drawExamDone(UiContext& ctx, ExamSetupState& proctor); // proctor: the passphrase field, when the export waits for it

} // namespace ui
