// The CUSUM chart: the statistic over attempts, the decision limit, the
// attempt where the trainee crossed into proficiency and any relapse.
#pragma once

#include "progress/progress_summary.hpp"

#include <imgui.h>

namespace ui {

void drawCusumChart(const core::ProgressSummary& summary, ImVec2 size);

} // namespace ui
