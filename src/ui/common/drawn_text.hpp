// The texts a frame drew, collected while a UI script runs, so the screenshot
// notes can list what the trainee saw (a test checks no internal id shows).
// ImGui's own text is caught by its log; text drawn straight into a draw list
// (map labels, wrapped selectables) is added with recordDrawnText.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ui {

// Call inside the frame's first window, before the screens draw.
void beginDrawnTextCapture();
// Ends the capture; the frame's texts, one line of screen each (blank lines dropped).
[[nodiscard]] std::vector<std::string> endDrawnTextCapture();
// Adds a text drawn without ImGui's text functions; nothing when no capture runs.
void recordDrawnText(std::string_view text);

// Text wrapped at the content region's edge (or `wrapWidth`), breaking only at
// spaces and never between a number and its unit (core::wrapKeepingUnits).
void textWrappedKeepingUnits(std::string_view text, float wrapWidth = 0.0f);

} // namespace ui
