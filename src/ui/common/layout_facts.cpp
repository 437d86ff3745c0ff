// The per-frame list of layout facts and the rules for "off screen" and "cut".
#include "ui/common/layout_facts.hpp"

#include <imgui_internal.h> // the window stack, to see whether any window around an item scrolls

#include <algorithm>
#include <cstdarg>
#include <cstdio>
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

// A window a user can scroll sideways: one with a horizontal scroll bar shown.
// (ScrollMax.x alone is no sign: content running past the right edge of a
// window without the bar sets it, and that content is simply cut.)
bool scrollsSideways(const ImGuiWindow* w) { return w->ScrollbarX && w->ScrollMax.x > 0.0f; }

// Outside the display, where no scrolling of this window brings it into view:
// a list scrolled past its end is not off screen, a button beyond the right
// edge of a window that cannot scroll sideways is.
bool offScreen(ImVec2 min, ImVec2 max) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    bool scrollsX = false;
    bool scrollsY = false;
    for (const ImGuiWindow* w = ImGui::GetCurrentWindowRead(); w; w = w->ParentWindow) {
        scrollsX = scrollsX || scrollsSideways(w);
        scrollsY = scrollsY || w->ScrollMax.y > 0.0f;
    }
    const bool outX = min.x < -kSlack || max.x > display.x + kSlack;
    const bool outY = min.y < -kSlack || max.y > display.y + kSlack;
    return (outX && !scrollsX) || (outY && !scrollsY);
}

// Text from `left` needing `width` pixels, cut by the window's clip rectangle
// (the panel's edge, a table column) unless the window scrolls sideways.
bool clippedSideways(float left, float width) {
    if (scrollsSideways(ImGui::GetCurrentWindowRead())) return false;
    const float clipRight = ImGui::GetWindowDrawList()->GetClipRectMax().x;
    const float clipLeft = ImGui::GetWindowDrawList()->GetClipRectMin().x;
    return left + width > clipRight + kSlack || left < clipLeft - kSlack;
}

void note(LayoutFact fact) { facts().push_back(std::move(fact)); }

} // namespace layout_facts_detail

float longestWordWidth(const std::string& text) {
    float longest = 0.0f;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \n", start);
        if (end == std::string::npos) end = text.size();
        longest = std::max(longest, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return longest;
}

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
    // Under a pushed wrap position (a tooltip, a wrapping group) the text wraps
    // there: cut only when a single word is wider than the wrap width.
    if (const float wrapPos = ImGui::GetCurrentWindowRead()->DC.TextWrapPos; wrapPos >= 0.0f) {
        const float wrapWidth = ImGui::CalcWrapWidthForPos(min, wrapPos);
        note({LayoutFact::Kind::Label, text, min, max, offScreen(min, max), longestWordWidth(text) > std::max(wrapWidth, max.x - min.x) + kSlack});
        return;
    }
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
    const float longestWord = longestWordWidth(text);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    layout_facts_detail::note({LayoutFact::Kind::Label, text, min, max, layout_facts_detail::offScreen(min, max), longestWord > wrapWidth + 0.5f});
}

void labelWrapped(const std::string& text) { labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), text); }

void labelBullet(const std::string& text) {
    ImGui::Bullet();
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    label(text);
}

void noteMapLabel(const std::string& text, ImVec2 min, ImVec2 max) {
    if (!layoutRecording()) return;
    layout_facts_detail::note({LayoutFact::Kind::MapLabel, text, min, max, false, false});
}

std::string formatted(const char* format, ...) {
    va_list args;
    va_start(args, format);
    va_list again;
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    std::string text(static_cast<std::size_t>(std::max(size, 0)), '\0');
    if (size > 0) std::vsnprintf(text.data(), text.size() + 1, format, again);
    va_end(again);
    return text;
}

void labelMuted(const std::string& text) { labelColoured(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), text); }

} // namespace ui
