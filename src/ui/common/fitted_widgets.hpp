// Widgets that keep their text whole at any width and UI scale: a progress
// bar whose label moves above it when the bar is too narrow, and text
// shortened with "..." to fit a space (the full text in a tooltip).
#pragma once

#include <imgui.h>

#include <string>

// sameLineIfFits(width): rows of buttons wrap instead of running off screen.
#include "ui/progress/plot_axes.hpp"

namespace ui {

// `text` if it fits in `width` pixels, else its longest start that fits with "...".
[[nodiscard]] std::string fitText(const std::string& text, float width);

// A full-width progress bar labelled `text`: inside the bar when it fits,
// else on its own line above the bar. The label is noted for layout checks.
void labelledProgressBar(float fraction, const std::string& text);

// `text` shortened to `width` (see fitText); hovering a shortened one shows it whole.
void fittedLabel(const ImVec4& colour, const std::string& text, float width);

// The width ImGui gives a button, radio button or checkbox labelled `label`.
[[nodiscard]] float buttonWidth(const char* label);
[[nodiscard]] float radioWidth(const char* label);

} // namespace ui
