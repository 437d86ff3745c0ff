// The instructor's item analysis screen: a results folder and its machine
// keys in, Moodle's item statistics of each exam out (cases or line items,
// negative discrimination flagged in words), the test's alpha, error ratio
// and standard error, and the cohort error map on the face map.
#pragma once

#include "ui/common/ui_context.hpp"

#include <glm/vec4.hpp>

namespace ui {

void drawItemAnalysisPanel(UiContext& ctx, ItemAnalysisState& state);

// Okabe-Ito hues, so the map reads without full colour vision; every zone also carries a text label.
inline const glm::vec4 kTooDeepHue{0.90f, 0.62f, 0.0f, 1.0f};     // orange
inline const glm::vec4 kTooShallowHue{0.34f, 0.71f, 0.91f, 1.0f}; // sky blue
inline const glm::vec4 kOtherErrorHue{0.80f, 0.47f, 0.65f, 1.0f}; // reddish purple

} // namespace ui
