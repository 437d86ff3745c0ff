// Opening a modal on request: a panel sets a flag (a button, a shortcut, the
// app), and the modal opens on the next draw and stays until it closes itself.
#pragma once

#include <imgui.h>

#include <utility>

namespace ui {

// Opens `title` if `request` is set (clearing it), then begins the modal.
// Returns false when it is not open; otherwise end it with ImGui::EndPopup().
// It is kept centred and no larger than the window, so a window resize or a
// change of UI scale never leaves its buttons off-screen.
inline bool beginRequestedModal(const char* title, bool& request) {
    if (std::exchange(request, false)) ImGui::OpenPopup(title);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport->WorkSize.x * 0.95f, viewport->WorkSize.y * 0.95f));
    return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

} // namespace ui
