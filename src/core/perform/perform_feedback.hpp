// Perform mode's feedback policy, the one home of it: whether the face shows
// the skin's response and the live figures while the trainee needles (a
// profile may hide them in an exam, `technique.hide_feedback_in_exam`), and
// at which depth the endpoint shows pinpoint bleeding (the profile's
// `plan_defaults.bleeding_min_mm`). The perform screen and its notes read it.
#pragma once

#include "model/protocol.hpp"

#include <optional>
#include <string>

namespace core {

// What the perform screen may show while the trainee needles.
struct PerformFeedback {
    bool skin = true;     // reddening and bleeding on the face as the pen passes
    bool figures = true;  // live per-zone coverage and speed figures
    std::string why;      // when hidden: a sentence for the screen
};

// Practice always shows feedback; an exam shows it unless the profile's
// technique rules hide it. No profile (none loaded): shown.
[[nodiscard]] PerformFeedback performFeedback(const Protocol* protocol, bool inExam);

// Whether a zone worked at `depthMm` shows pinpoint bleeding once its cells
// reach the planned passes (the face shader counts the passes): at the
// profile's bleeding_min_mm and deeper. No depth, or no profile: never.
[[nodiscard]] bool bleedsAtDepth(const Protocol* protocol, std::optional<double> depthMm);

} // namespace core
