// The flowing legend (see flow_legend.hpp).
#include "ui/common/flow_legend.hpp"

#include "ui/common/drawn_text.hpp"

#include "base/text_wrap.hpp"

#include <algorithm>

namespace ui {
namespace flow_legend_detail {

struct Placed {
    ImVec2 at;                      // offset from the legend's top left
    std::vector<std::string> lines; // the entry's text, wrapped only when it alone is wider than the line
};

std::vector<Placed> layout(const std::vector<LegendEntry>& entries, float width, float& height) {
    const float h = ImGui::GetTextLineHeight();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float inner = ImGui::GetStyle().ItemInnerSpacing.x;
    const float between = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const auto measure = [](std::string_view s) { return static_cast<double>(ImGui::CalcTextSize(s.data(), s.data() + s.size()).x); };
    std::vector<Placed> out;
    float x = 0.0f;
    float y = 0.0f;
    float rowHeight = 0.0f;
    for (const auto& e : entries) {
        const float textWidth = static_cast<float>(measure(e.text));
        const float entryWidth = h + inner + textWidth;
        if (x > 0.0f && x + entryWidth > width) {
            x = 0.0f;
            y += rowHeight;
            rowHeight = 0.0f;
        }
        Placed p{{x, y}, {e.text}};
        if (entryWidth > width) p.lines = core::wrapKeepingUnits(e.text, std::max(1.0f, width - h - inner), measure);
        const float used = p.lines.size() > 1 ? width : entryWidth;
        rowHeight = std::max(rowHeight, line * static_cast<float>(p.lines.size()));
        x += used + between;
        out.push_back(std::move(p));
    }
    height = y + rowHeight;
    return out;
}

} // namespace flow_legend_detail

float flowLegendHeight(const std::vector<LegendEntry>& entries, float width) {
    float height = 0.0f;
    (void)flow_legend_detail::layout(entries, width, height);
    return height;
}

void drawFlowLegend(const std::vector<LegendEntry>& entries, float width) {
    float height = 0.0f;
    const auto placed = flow_legend_detail::layout(entries, width, height);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float inner = ImGui::GetStyle().ItemInnerSpacing.x;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const ImVec2 at{origin.x + placed[i].at.x, origin.y + placed[i].at.y};
        const ImVec4 c = entries[i].swatch;
        dl->AddRectFilled(at, {at.x + h, at.y + h}, ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 1.0f)), 3.0f);
        for (std::size_t l = 0; l < placed[i].lines.size(); ++l) {
            dl->AddText({at.x + h + inner, at.y + line * static_cast<float>(l)}, text, placed[i].lines[l].c_str());
            recordDrawnText(placed[i].lines[l]);
        }
    }
    ImGui::Dummy({width, std::max(height, 1.0f)});
}

} // namespace ui
