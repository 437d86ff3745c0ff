// Collecting a frame's drawn texts (ImGui's log to a buffer) and drawing text
// wrapped without splitting a number from its unit.
#include "ui/common/drawn_text.hpp"
#include "ui/common/layout_facts.hpp"

#include "base/text_wrap.hpp"

#include <imgui.h>
#include <imgui_internal.h> // the log buffer, read before LogFinish clears it

namespace ui {

void beginDrawnTextCapture() {
    // Depth 0: the log never opens collapsed tree nodes, so capturing changes nothing on screen.
    ImGui::LogToBuffer(0);
}

std::vector<std::string> endDrawnTextCapture() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::vector<std::string> lines;
    if (!g.LogEnabled) return lines;
    const std::string_view all(g.LogBuffer.begin(), static_cast<std::size_t>(g.LogBuffer.size()));
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos) end = all.size();
        std::string_view line = all.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\r')) line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
        if (!line.empty()) lines.emplace_back(line);
        start = end + 1;
    }
    ImGui::LogFinish();
    return lines;
}

void recordDrawnText(std::string_view text) {
    if (text.empty() || !ImGui::GetCurrentContext()->LogEnabled) return;
    ImGui::LogText("\n%.*s\n", static_cast<int>(text.size()), text.data());
}

void textWrappedKeepingUnits(std::string_view text, float wrapWidth) {
    const float width = wrapWidth > 0.0f ? wrapWidth : ImGui::GetContentRegionAvail().x;
    const auto measure = [](std::string_view s) { return static_cast<double>(ImGui::CalcTextSize(s.data(), s.data() + s.size()).x); };
    for (const auto& line : core::wrapKeepingUnits(text, std::max(width, 1.0f), measure)) ui::label(line);
}

} // namespace ui
