// The per-frame list of layout facts and the rules for "off screen" and "cut".
#include "ui/common/layout_facts.hpp"

#include <imgui_internal.h> // the window stack, to see whether any window around an item scrolls

#include <algorithm>
#include <utility>

namespace ui {
namespace layout_facts_detail {

bool& recording() {
    static bool on = false;
    return on;
}

std::vector<LayoutFact>& facts() {
    static std::vector<LayoutFact> list;
    return list;
}

// Half a pixel of slack: ImGui rounds item edges to whole pixels.
constexpr float kSlack = 0.5f;

// Outside the display, where no scrolling of this window brings it into view:
// a list scrolled past its end is not off screen, a button beyond the right
// edge of a window that cannot scroll sideways is.
bool offScreen(ImVec2 min, ImVec2 max) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    bool scrollsX = false;
    bool scrollsY = false;
    for (const ImGuiWindow* w = ImGui::GetCurrentWindowRead(); w; w = w->ParentWindow) {
        scrollsX = scrollsX || w->ScrollMax.x > 0.0f;
        scrollsY = scrollsY || w->ScrollMax.y > 0.0f;
    }
    const bool outX = min.x < -kSlack || max.x > display.x + kSlack;
    const bool outY = min.y < -kSlack || max.y > display.y + kSlack;
    return (outX && !scrollsX) || (outY && !scrollsY);
}

// Text from `left` needing `width` pixels, cut by the window's clip rectangle
// (the panel's edge, a table column) unless the window scrolls sideways.
bool clippedSideways(float left, float width) {
    if (ImGui::GetScrollMaxX() > 0.0f) return false;
    const float clipRight = ImGui::GetWindowDrawList()->GetClipRectMax().x;
    const float clipLeft = ImGui::GetWindowDrawList()->GetClipRectMin().x;
    return left + width > clipRight + kSlack || left < clipLeft - kSlack;
}

void note(LayoutFact fact) { facts().push_back(std::move(fact)); }

} // namespace layout_facts_detail

void setLayoutRecording(bool on) { layout_facts_detail::recording() = on; }
bool layoutRecording() { return layout_facts_detail::recording(); }

void beginLayoutFacts() { layout_facts_detail::facts().clear(); }

const std::vector<LayoutFact>& drawnLayoutFacts() { return layout_facts_detail::facts(); }

void noteControlLayout(const std::string& text, ImVec2 min, ImVec2 max, float innerPadding, bool textMustFit) {
    using namespace layout_facts_detail;
    if (!recording()) return;
    const float textWidth = text.empty() ? 0.0f : ImGui::CalcTextSize(text.c_str(), nullptr, true).x;
    LayoutFact fact{LayoutFact::Kind::Control, text, min, max, offScreen(min, max), false};
    // Cut: the rectangle is narrower than its label, or the panel clips it.
    fact.cut = textMustFit && textWidth > 0.0f && (max.x - min.x - 2.0f * innerPadding + kSlack < textWidth || clippedSideways(min.x + innerPadding, textWidth));
    note(std::move(fact));
}

void noteLabelLayout(const std::string& text) {
    using namespace layout_facts_detail;
    if (!recording()) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float textWidth = ImGui::CalcTextSize(text.c_str(), nullptr, true).x;
    note({LayoutFact::Kind::Label, text, min, max, offScreen(min, max), clippedSideways(min.x, textWidth)});
}

void label(const std::string& text) {
    ImGui::TextUnformatted(text.c_str());
    noteLabelLayout(text);
}

void labelColoured(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    label(text);
    ImGui::PopStyleColor();
}

void labelWrapped(const ImVec4& colour, const std::string& text) {
    const float wrapWidth = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (!layoutRecording()) return;
    float longestWord = 0.0f;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \n", start);
        if (end == std::string::npos) end = text.size();
        longestWord = std::max(longestWord, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    layout_facts_detail::note({LayoutFact::Kind::Label, text, min, max, layout_facts_detail::offScreen(min, max), longestWord > wrapWidth + 0.5f});
}

void labelMuted(const std::string& text) { labelColoured(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), text); }

} // namespace ui
