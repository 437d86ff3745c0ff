// The client's intake: profile, history, medications, recent treatments,
// lifestyle and notes. Each line can seed the screening search ("flag this").
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawIntakePanel(UiContext& ctx, ScreeningPanelState& screening);

} // namespace ui
