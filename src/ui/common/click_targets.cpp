// The per-frame list of labelled buttons and their rectangles.
#include "ui/common/click_targets.hpp"

#include "ui/common/layout_facts.hpp"
#include "ui/common/drawn_text.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace ui {
namespace {

std::vector<ClickTarget>& drawing() {
    static std::vector<ClickTarget> targets;
    return targets;
}

std::vector<ClickTarget>& lastFrame() {
    static std::vector<ClickTarget> targets;
    return targets;
}

std::string visiblePart(const char* label) {
    const char* hidden = std::strstr(label, "##");
    return hidden ? std::string(label, hidden) : std::string(label);
}

// Only the part inside the window's clip rectangle counts: an item scrolled
// out of a child window is not where a user could click it.
void noteRect(std::string label, ImVec2 min, ImVec2 max) {
    const ImVec2 clipMin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clipMax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const ImVec2 shownMin{std::max(min.x, clipMin.x), std::max(min.y, clipMin.y)};
    const ImVec2 shownMax{std::min(max.x, clipMax.x), std::min(max.y, clipMax.y)};
    if (shownMin.x >= shownMax.x || shownMin.y >= shownMax.y) {
        drawing().push_back({std::move(label), min, max, false});
    } else {
        drawing().push_back({std::move(label), shownMin, shownMax, true});
    }
}

// A button's label sits inside its frame padding; a selectable's at its left edge.
void noteLastItem(const char* label, float innerPadding) {
    noteControlLayout(visiblePart(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), innerPadding);
    noteRect(visiblePart(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

// A box or circle whose label wraps beside it: only where it is counts.
void noteBoxItem(const std::string& text) {
    noteControlLayout(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 0.0f, false);
    noteRect(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

} // namespace

bool inputText(const char* name, const char* id, const char* hint, std::string* text, ImGuiInputTextFlags flags) {
    const bool done = ImGui::InputTextWithHint(id, hint, text, flags);
    noteBoxItem(name);
    return done;
}

bool treeNode(const char* name, const char* label, ImGuiTreeNodeFlags flags) {
    const bool open = ImGui::TreeNodeEx(label, flags);
    // The label starts after the arrow (ImGui's offset: the font size and two
    // frame paddings) and may run to the row's end: half the offset each side.
    noteControlLayout(visiblePart(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), (ImGui::GetFontSize() + ImGui::GetStyle().FramePadding.x * 2.0f) * 0.5f);
    noteRect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return open;
}

bool button(const char* label, const ImVec2& size) {
    const bool pressed = ImGui::Button(label, size);
    noteLastItem(label, ImGui::GetStyle().FramePadding.x);
    return pressed;
}

bool smallButton(const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    noteLastItem(label, ImGui::GetStyle().FramePadding.x);
    return pressed;
}

bool radioButton(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    noteBoxItem(visiblePart(label));
    return pressed;
}

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags) {
    const bool pressed = ImGui::Selectable(label, selected, flags);
    noteLastItem(label, 0.0f);
    return pressed;
}

// The text beside a box or a circle, wrapped at the panel's edge; true when clicked.
bool wrappedItemText(const std::string& text) {
    if (text.empty()) return false;
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), text); // noted as cut if a word breaks
    return ImGui::IsItemClicked();
}

bool checkbox(const char* label, bool* on) {
    const std::string text = visiblePart(label);
    ImGui::PushID(label);
    bool changed = ImGui::Checkbox("##box", on);
    noteBoxItem(text);
    if (wrappedItemText(text)) {
        *on = !*on;
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

bool wrappedRadioButton(const char* label, bool active) {
    const std::string text = visiblePart(label);
    ImGui::PushID(label);
    bool pressed = ImGui::RadioButton("##circle", active);
    noteBoxItem(text);
    pressed = wrappedItemText(text) || pressed;
    ImGui::PopID();
    return pressed;
}

bool wrappedSelectable(const std::string& title, const std::string& detail, bool selected, const ImVec4& titleColour, const ImVec4& detailColour) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 titleSize = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap);
    const float detailHeight = detail.empty() ? 0.0f : ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::Selectable(("##" + title + detail).c_str(), selected, 0, {0.0f, titleSize.y + detailHeight});
    noteBoxItem(title);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(titleColour), title.c_str(), nullptr, wrap);
    recordDrawnText(title);
    recordDrawnText(detail);
    if (!detail.empty()) {
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), {at.x, at.y + titleSize.y}, ImGui::GetColorU32(detailColour), detail.c_str(), nullptr, wrap);
    }
    return pressed;
}

bool beginCombo(const char* name, const char* id, const char* preview) {
    const bool open = ImGui::BeginCombo(id, preview);
    // Open, the popup is the current window and the combo no longer the last item.
    if (!open) noteBoxItem(name);
    return open;
}

bool tabItem(const char* label, ImGuiTabItemFlags flags) {
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    noteLastItem(label, ImGui::GetStyle().FramePadding.x);
    return open;
}

void beginClickTargets() {
    beginLayoutFacts();
    lastFrame().swap(drawing());
    drawing().clear();
}

const std::vector<ClickTarget>& lastFrameClickTargets() { return lastFrame(); }

} // namespace ui
