// The learning curve: the total and each section over attempts, with the pass line.
#pragma once

#include "progress/progress_summary.hpp"
#include "ui/progress/progress_view.hpp"

#include <imgui.h>

namespace ui {

// Writes where the pass line was drawn (window pixels) and the series drawn into `state`.
void drawLearningCurve(const core::ProgressSummary& summary, ImVec2 size, ProgressPanelState& state);

} // namespace ui
