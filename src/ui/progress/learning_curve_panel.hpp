// The learning curve: the total and each section over attempts, with the pass line.
#pragma once

#include "progress/progress_summary.hpp"

#include <imgui.h>

#include <utility>

namespace ui {

// Returns where the pass line was drawn (start and end, window pixels).
std::pair<ImVec2, ImVec2> drawLearningCurve(const core::ProgressSummary& summary, ImVec2 size);

} // namespace ui
