// The debrief's technique view (perform mode): the coverage heat map beside
// the target zones, the strokes replayed on the face with a timeline scrubber,
// play / pause and speed, and each zone's figures in plain words.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// True when the attempt has perform strokes to show.
[[nodiscard]] bool hasPerformDebrief(const UiContext& ctx);

// Draws into `size` (the debrief's map column below its view choice).
void drawPerformDebrief(UiContext& ctx, UiState& state, ImVec2 size);

} // namespace ui
