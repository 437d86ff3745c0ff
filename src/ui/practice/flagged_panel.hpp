// What has been flagged and why, always on screen, in plain words (the
// catalogue's plain name, what it means for today and the trainee's reason:
// the search or finding that led to it, or words typed under the flag), each
// with an unflag button; and
// recall screening's typed entry with completion after three letters.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// The flagged list in a box at most `maxHeight` tall (it scrolls beyond).
// A flag without a reason offers a field for one (drafts kept in `state`).
void drawFlaggedPanel(UiContext& ctx, ScreeningPanelState& state, float maxHeight);
// The height drawFlaggedPanel takes, heading included (a line when nothing is flagged).
float flaggedPanelHeight(const UiContext& ctx, float maxHeight);

// Recall: a field to type a contraindication; suggestions appear after three
// letters (core::recallMatches); Enter flags the first, a click flags any.
void drawRecallEntry(UiContext& ctx, ScreeningPanelState& state);

} // namespace ui
