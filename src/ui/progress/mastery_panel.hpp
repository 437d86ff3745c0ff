// Mastery bars by skill group, weakest first; clicking a skill asks for the
// cases that train it (act::ShowSkillCases), listed below with Open buttons.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawMasteryPanel(UiContext& ctx, const ProgressView& view, ImVec2 size);

} // namespace ui
