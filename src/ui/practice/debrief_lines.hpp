// The debrief's "Why, point by point": every line in plain words, mistakes
// first; a toggle keeps only the lines that lost points; clicking a line with a
// place on the map pushes act::HighlightOnMap for it.
#pragma once

#include "ui/common/ui_context.hpp"

#include "grading/report.hpp"

#include <optional>

namespace ui {

// `only`: the lines of one section (the follow-up visits show theirs).
void drawDebriefLines(UiContext& ctx, DebriefPanelState& state, std::optional<core::Section> only = std::nullopt);

} // namespace ui
