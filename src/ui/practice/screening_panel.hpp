// Screening: the searchable contraindication catalogue to flag from, the
// findings legend, and the decision (treat, treat with changes, defer, refer).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawScreeningPanel(UiContext& ctx, ScreeningPanelState& state);

// The case (or the exam sitting) is screened by recall, not the checklist (core::screeningModeFor).
[[nodiscard]] bool recallScreening(const UiContext& ctx);

// Lists the case's findings with their marker, and a "flag" button each.
void drawFindingsLegend(UiContext& ctx, ScreeningPanelState& state);
// The height drawFindingsLegend takes at `width` (its lines wrap).
float findingsLegendHeight(const UiContext& ctx, float width);

} // namespace ui
