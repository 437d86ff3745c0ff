// Ways into the editor from the library: "New case" (from a template or a
// copy of a case), "Edit" and "Duplicate" per case, and the exam builder's
// "New exam" and "Edit an exam".
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// The toolbar buttons, drawn on the library screen.
void drawAuthoringButtons(UiContext& ctx, UiState& state);
// Per-case buttons in a library row.
void drawCaseRowButtons(UiContext& ctx, UiState& state, const core::CaseEntry& entry);
// The dialogs those buttons open.
void drawAuthoringDialogs(UiContext& ctx, UiState& state);

} // namespace ui
