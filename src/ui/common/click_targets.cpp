// The per-frame list of labelled buttons and their rectangles.
#include "ui/common/click_targets.hpp"

#include <cstring>

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

void noteLastItem(const char* label) {
    const char* hidden = std::strstr(label, "##");
    drawing().push_back({hidden ? std::string(label, hidden) : std::string(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

} // namespace

bool button(const char* label, const ImVec2& size) {
    const bool pressed = ImGui::Button(label, size);
    noteLastItem(label);
    return pressed;
}

bool smallButton(const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    noteLastItem(label);
    return pressed;
}

bool radioButton(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    noteLastItem(label);
    return pressed;
}

void beginClickTargets() {
    lastFrame().swap(drawing());
    drawing().clear();
}

const std::vector<ClickTarget>& lastFrameClickTargets() { return lastFrame(); }

} // namespace ui
