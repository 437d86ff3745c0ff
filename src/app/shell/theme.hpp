// The trainer's look: font, colours, spacing, and the shared header bar.
#pragma once

#include "base/diagnostics.hpp"

#include <imgui.h>

#include <string>

namespace app {

inline const ImVec4 kBackground{0.10f, 0.11f, 0.13f, 1.0f};
inline const ImVec4 kAccent{0.36f, 0.62f, 0.86f, 1.0f};
inline const ImVec4 kErrorColour{0.95f, 0.50f, 0.40f, 1.0f};

// Loads DejaVu Sans at the given scale and sets the style. The style is set
// even on error: the error says what fell back (the font is missing, so
// ImGui's built-in font is used).
[[nodiscard]] core::Status applyTheme(float scale);

} // namespace app
