// What the window may do while an exam sitting is open: the one home of the
// lock-down rule. The window (and its scripts) ask before every action.
#pragma once

#include "base/diagnostics.hpp"

namespace core {

enum class SittingPhase { None, Running, HandedIn };

// The kind of thing an action does.
enum class ActionScope {
    ExamAnswer,  // an answer to the current case
    ExamControl, // moving between cases, marking for review, handing in
    Display,     // scale, face or body view: changes nothing graded
    Proctor,     // starting a sitting, unlocking the key, closing a finished sitting
    Practice,    // the practice library, its cases and saved attempts
    Authoring,   // the case and exam editor
};

// Refused, with the reason the candidate reads, when the phase does not allow
// the scope: while a sitting runs only its own answers and controls are
// taken; once handed in, only the proctor can move the window on.
[[nodiscard]] Status checkSittingAllows(SittingPhase phase, ActionScope scope);

// Closing the window (its close button, the system's quit, any in-app quit).
// Outside a sitting it closes; while one runs or waits on the hand-in screen
// only the proctor's passphrase closes it: a restart would otherwise hand the
// next candidate the library, or end a sitting without the proctor.
enum class CloseRule { Free, NeedsProctor };
[[nodiscard]] CloseRule closeRuleFor(SittingPhase phase);

} // namespace core
