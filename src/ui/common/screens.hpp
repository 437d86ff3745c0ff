// Picks the screen for the session's stage and draws the shared popups
// (submit confirmation, errors, resume an autosaved attempt, asset warnings).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawScreens(UiContext& ctx, UiState& state);

} // namespace ui
