// Opening a modal on request: a panel sets a flag (a button, a shortcut, the
// app), and the modal opens on the next draw and stays until it closes itself.
#pragma once

#include <imgui.h>

#include <utility>

namespace ui {

// Opens `title` if `request` is set (clearing it), then begins the modal.
// Returns false when it is not open; otherwise end it with ImGui::EndPopup().
inline bool beginRequestedModal(const char* title, bool& request) {
    if (std::exchange(request, false)) ImGui::OpenPopup(title);
    return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

} // namespace ui
