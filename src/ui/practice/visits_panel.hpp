// "Follow-up visits", after the debrief: at each time point of the attempt's
// timeline (core's VisitTimeline) the face drawn with the outcome's layers,
// the client's message, what the practitioner sees, the likelihood in words,
// the management choices, and the graded visits section in the debrief style.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawVisitsPanel(UiContext& ctx, UiState& state);

} // namespace ui
