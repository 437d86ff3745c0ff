// "Follow-up visits", after the debrief: at each time point of the attempt's
// timeline (core's VisitTimeline) the face drawn with the outcome's layers,
// the client's message, what the practitioner sees, the likelihood in words,
// the management choices, and the graded visits section in the debrief style.
// In an exam with follow-up steps the same panel, under the exam's feedback policy.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawVisitsPanel(UiContext& ctx, UiState& state);

// The exam being sat (its feedback policy applies to the visits), or null in practice.
[[nodiscard]] const core::Exam* sittingExam(const UiContext& ctx);

} // namespace ui
