// The case library: search, filter by difficulty and indication, best score,
// and broken files listed with their validation error (not playable).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// With an editor view in ctx, rows get Edit and Copy buttons and the toolbar
// the authoring buttons.
void drawLibraryPanel(UiContext& ctx, UiState& ui);

} // namespace ui
