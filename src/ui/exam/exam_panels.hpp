// Exam screens: the proctor's start screen (an exam file or a sealed pack,
// candidate, export folder), the prompt the window's close button opens while
// a sitting is open,
// the running exam's bar (timer, cases, review flags, hand in, the stage tabs
// and, when the exam includes them, the follow-up tab and its prompt), and the
// screen after hand-in, which shows only what the feedback policy allows
// (and, for the proctor, the passphrase that unlocks a waiting export).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawExamSetup(UiContext& ctx, ExamSetupState& state);
// askFollowUp: set when the candidate first opens a case's follow-up (exams with "follow_up": true).
void drawExamBar(UiContext& ctx, bool& askFollowUp);
// Asks before a case's follow-up opens: its answers close then.
void drawFollowUpPrompt(UiContext& ctx, bool& request);
void drawExamDone(UiContext& ctx, ExamSetupState& proctor); // proctor: the passphrase field, when the export waits for it
// The passphrase prompt, when state.request asks for it; it stays up until it closes the window or is cancelled.
void drawClosePrompt(UiContext& ctx, ClosePromptState& state);

} // namespace ui
