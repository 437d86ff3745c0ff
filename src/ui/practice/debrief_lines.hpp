// The debrief's "Why, point by point": every line in plain words, mistakes
// first; a toggle keeps only the lines that lost points; clicking a line with a
// place on the map pushes act::HighlightOnMap for it.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawDebriefLines(UiContext& ctx, DebriefPanelState& state);

} // namespace ui
