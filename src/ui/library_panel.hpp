// The case library: search, filter by difficulty and indication, best score,
// and broken files listed with their validation error (not playable).
#pragma once

#include "ui_context.hpp"

namespace ui {

void drawLibraryPanel(UiContext& ctx, LibraryPanelState& state);

} // namespace ui
