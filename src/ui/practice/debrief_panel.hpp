// The debrief: verdict and score first, critical errors in words, section
// bars, the face map with per-zone verdicts (yours, the expert's, or side by
// side), every line item with its explanation and source, retry and next.
#pragma once

#include "ui/common/ui_context.hpp"

#include "grading/report.hpp"

#include <glm/vec4.hpp>

namespace ui {

void drawDebriefPanel(UiContext& ctx, UiState& state);

// The verdict colours (Okabe-Ito, colour-blind safe), also used by tests.
glm::vec4 verdictColour(core::ZoneVerdict verdict);

} // namespace ui
