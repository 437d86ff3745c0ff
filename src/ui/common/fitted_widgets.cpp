// Text fitting by measuring with the current font (UTF-8 safe: cuts only
// before a character's first byte).
#include "ui/common/fitted_widgets.hpp"

#include "ui/common/layout_facts.hpp"

namespace ui {

std::string fitText(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float ellipsis = ImGui::CalcTextSize("...").x;
    std::size_t keep = text.size();
    while (keep > 0) {
        --keep;
        while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;
        if (ImGui::CalcTextSize(text.data(), text.data() + keep).x + ellipsis <= width) break;
    }
    // Trailing spaces before the dots read as a gap.
    while (keep > 0 && text[keep - 1] == ' ') --keep;
    return text.substr(0, keep) + "...";
}

void labelledProgressBar(float fraction, const std::string& text) {
    const float barWidth = ImGui::GetContentRegionAvail().x;
    const float inside = barWidth - ImGui::GetStyle().FramePadding.x * 2.0f;
    if (ImGui::CalcTextSize(text.c_str()).x <= inside) {
        ImGui::ProgressBar(fraction, {-1.0f, 0.0f}, text.c_str());
        noteControlLayout(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetStyle().FramePadding.x);
        return;
    }
    labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), text);
    ImGui::ProgressBar(fraction, {-1.0f, ImGui::GetFontSize() * 0.6f}, "");
}

float buttonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f; }

float radioWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

void fittedLabel(const ImVec4& colour, const std::string& text, float width) {
    const std::string shown = fitText(text, width);
    labelColoured(colour, shown);
    if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

} // namespace ui
