// Where the last frame drew each labelled button, so a script can click it
// with the mouse as a user would: the button's own code runs, not a shortcut.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

struct ClickTarget {
    std::string label; // the visible label (any "##id" part removed)
    ImVec2 min;        // the part a user can click: clipped to the window it is in
    ImVec2 max;
    bool visible = true; // false: scrolled or cut out of its window (min, max unclipped)
};

// ImGui::Button, ImGui::SmallButton, ImGui::RadioButton and ImGui::Selectable
// that also record where they were drawn.
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool smallButton(const char* label);
bool radioButton(const char* label, bool active);
bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags = 0);
// A checkbox whose text wraps at the panel's edge (ImGui's own checkbox label
// never wraps, so long labels were cut). The box and the text both toggle it;
// a script clicks it by its text. "Text##id" keeps the id part hidden.
bool checkbox(const char* label, bool* on);
// A radio button whose text wraps like checkbox()'s; the text selects it too.
bool wrappedRadioButton(const char* label, bool active);
// A selectable row holding `title` wrapped at the row's width and, below it,
// `detail` in the muted colour (a file name): long titles stay whole at any
// UI scale. A script clicks it by its title.
bool wrappedSelectable(const std::string& title, const std::string& detail, bool selected, const ImVec4& titleColour, const ImVec4& detailColour);
// ImGui::BeginCombo with a hidden label `id`; while closed it is recorded as
// `name` (the caption drawn beside it), so a script can click it open and then
// click one of its selectable() items.
bool beginCombo(const char* name, const char* id, const char* preview);
// ImGui::BeginTabItem, recorded by its label so a script can click the tab.
bool tabItem(const char* label, ImGuiTabItemFlags flags = 0);

// ImGui::InputTextWithHint recorded as `name`, so a script clicks the field
// (to focus it, as a user would) before typing with type-line.
bool inputText(const char* name, const char* id, const char* hint, std::string* text, ImGuiInputTextFlags flags = 0);
// ImGui::TreeNodeEx recorded as `name` (its label may carry changing figures),
// so a script can click it open or shut; its one-line label must fit.
bool treeNode(const char* name, const char* label, ImGuiTreeNodeFlags flags);

// Starts a frame's list; the finished one becomes lastFrameClickTargets().
void beginClickTargets();
[[nodiscard]] const std::vector<ClickTarget>& lastFrameClickTargets();

} // namespace ui
