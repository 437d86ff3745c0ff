// The authoring screen: a toolbar (save, undo, redo, play, close), the case
// editor or exam builder, and the live problem list whose entries jump to
// their field. Also the "unsaved changes" prompt and Ctrl+S/Z/Y.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawEditorScreen(UiContext& ctx, UiState& state);

// Shows where a field lives and asks the form to focus it.
void jumpToPointer(EditorUiState& state, const std::string& kind, const std::string& pointer);

} // namespace ui
