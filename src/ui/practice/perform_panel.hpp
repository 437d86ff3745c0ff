// The Perform stage: the face map in pen mode (drag to needle; the app turns
// the pen events into strokes), the pen head drawn at its real footprint, the
// walk through the treated zones with their live figures, the cartridge, the
// keyboard path (arrow keys lay lanes of a chosen pattern) and auto-perform.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawPerformPanel(UiContext& ctx, PerformPanelState& state);

// The zone the perform screen needles now: the selected zone when the plan
// treats it, else the first treated zone ("" when none).
std::string performZone(const core::PracticeSession& session);

} // namespace ui
