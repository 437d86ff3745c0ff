// A legend of colour swatches with words, laid out like text: entries go side
// by side and wrap between entries, never inside one, so no entry is cut; an
// entry wider than the whole line wraps its own words.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

struct LegendEntry {
    ImVec4 swatch;
    std::string text;
};

// The height drawFlowLegend will take at `width` pixels.
[[nodiscard]] float flowLegendHeight(const std::vector<LegendEntry>& entries, float width);
void drawFlowLegend(const std::vector<LegendEntry>& entries, float width);

} // namespace ui
