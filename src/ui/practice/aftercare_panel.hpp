// Aftercare advice (a checklist mixing correct and harmful items in a stable
// shuffled order) and the schedule (interval and number of sessions).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawAftercarePanel(UiContext& ctx);

} // namespace ui
