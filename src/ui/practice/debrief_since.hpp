// "Since last time" in the debrief: the total and each section against the
// trainee's previous attempt at the case, and the lines fixed or newly lost.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// Draws nothing when the case was never finished before (ctx.previousReport null).
void drawSinceLastTime(UiContext& ctx);

} // namespace ui
