// The progress screen: a header with time practised and the streak, the
// learning curve and CUSUM on the left, the error map and mastery bars on
// the right. Also the trainee picker shown before anything else.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawProgressScreen(UiContext& ctx, UiState& state);
// Time practised in words: "3 h 20 min", "45 min", "under a minute".
std::string practisedText(double seconds);
// The notes from opening the trainee's store (moved aside, imported), with Dismiss.
void drawProgressNotes(UiContext& ctx, const ProgressView& view);

} // namespace ui
