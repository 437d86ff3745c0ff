// The exam builder: cases picked from the valid library, pools drawn by
// difficulty or tag, and the sitting's rules (time, pass mark, feedback, profile).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawExamBuilder(UiContext& ctx, UiState& state, ImVec2 size);

} // namespace ui
