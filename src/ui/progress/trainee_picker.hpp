// The trainee picker at start: pick a trainee (the last used first) or add
// one; while a trainee's store opens, how far the history import has got.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawTraineePicker(UiContext& ctx, UiState& state);

} // namespace ui
