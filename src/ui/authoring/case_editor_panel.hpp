// The case editor: tabs of pointer-bound fields beside the face map, where
// findings are placed and dragged and key zones are picked.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawCaseEditor(UiContext& ctx, UiState& state, ImVec2 size);

// Which tab holds the field a JSON pointer names.
EditorTab tabForPointer(const std::string& pointer);

} // namespace ui
