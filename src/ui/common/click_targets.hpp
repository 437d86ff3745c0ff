// Where the last frame drew each labelled button, so a script can click it
// with the mouse as a user would: the button's own code runs, not a shortcut.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

struct ClickTarget {
    std::string label; // the visible label (any "##id" part removed)
    ImVec2 min;
    ImVec2 max;
};

// ImGui::Button, ImGui::SmallButton and ImGui::RadioButton that also record
// where they were drawn.
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool smallButton(const char* label);
bool radioButton(const char* label, bool active);

// Starts a frame's list; the finished one becomes lastFrameClickTargets().
void beginClickTargets();
[[nodiscard]] const std::vector<ClickTarget>& lastFrameClickTargets();

} // namespace ui
