// The header: product name, the open case, and the steps of a consultation
// as tabs (consultation, plan, aftercare, debrief), plus the UI scale.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawStageBar(UiContext& ctx);

} // namespace ui
