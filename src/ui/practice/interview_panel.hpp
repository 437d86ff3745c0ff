// The interview: the catalogue's question bank grouped by topic (click to ask,
// asked ones marked) and the conversation so far, in the order asked.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawInterviewPanel(UiContext& ctx, ScreeningPanelState& screening);

} // namespace ui
