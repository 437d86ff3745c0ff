// Error map panel: the shared face map widget with an overlay worked out from
// the summary's per-zone counts, a legend in words, and a per-zone tooltip.
#include "ui/progress/error_map_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/face_map_widget.hpp"
#include "ui/common/palette.hpp"
#include "ui/progress/plot_axes.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {
namespace error_map_detail {

glm::vec4 toVec(const ImVec4& c, float alpha) { return {c.x, c.y, c.z, alpha}; }

void swatch(const ImVec4& colour, const char* text) {
    const float side = ImGui::GetTextLineHeight();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(a, {a.x + side, a.y + side}, ImGui::GetColorU32(colour), 3.0f);
    ImGui::Dummy({side, side});
    ImGui::SameLine();
    ui::label(text);
}

} // namespace error_map_detail

glm::vec4 errorZoneFill(const core::ZoneErrors& e) {
    using error_map_detail::toVec;
    if (e.graded <= 0) return {0, 0, 0, 0};
    const int wrong = e.tooDeep + e.tooShallow + e.other;
    if (wrong == 0) return {0, 0, 0, 0};
    // How often (the share of attempts on the zone that went wrong) and how
    // badly (the share of its points lost) weigh the same.
    const double often = static_cast<double>(wrong) / static_cast<double>(e.graded);
    const double badness = std::clamp(0.5 * often + 0.5 * e.severity, 0.0, 1.0);
    const float alpha = static_cast<float>(0.25 + 0.6 * badness);
    if (e.tooDeep == 0 && e.tooShallow == 0) return toVec(okabe_ito::kReddishPurple, alpha);
    return toVec(e.tooDeep >= e.tooShallow ? kTooDeepColour : kTooShallowColour, alpha);
}

std::string errorZoneLabel(const core::ZoneErrors& e) {
    if (e.graded <= 0) return {};
    std::string text;
    const auto add = [&](int count, const char* word) {
        if (count > 0) text += (text.empty() ? "" : " ") + std::to_string(count) + " " + word;
    };
    add(e.tooDeep, "deep");
    add(e.tooShallow, "shallow");
    add(e.other, "other");
    if (text.empty()) text = "ok";
    return text + " /" + std::to_string(e.graded);
}

void drawErrorMapPanel(UiContext& ctx, const core::ProgressSummary& summary, FaceMapPanelState& map, ImVec2 size) {
    using error_map_detail::swatch;
    const float top = ImGui::GetCursorScreenPos().y;
    ui::label("Your error map");
    const char* hint = "(stronger colour: more often, more points lost)";
    sameLineIfFits(ImGui::CalcTextSize(hint).x);
    labelColoured(kMutedColour, hint);
    FaceMapOverlay overlay;
    overlay.fill.assign(ctx.data.zones.zones().size(), glm::vec4{0.0f});
    for (const auto& [zoneId, errors] : summary.errorMap) {
        const core::Zone* zone = ctx.data.zones.find(zoneId);
        if (!zone) continue;
        overlay.fill[static_cast<std::size_t>(zone - ctx.data.zones.zones().data())] = errorZoneFill(errors);
        overlay.labels[zoneId] = errorZoneLabel(errors);
    }
    static const std::vector<core::Finding> kNoFindings;
    overlay.findings = &kNoFindings;
    overlay.showFindings = false;
    overlay.selectable = false;
    overlay.emitSelect = false;
    overlay.selectedZone = std::string();
    const float legendHeight = ImGui::GetFrameHeightWithSpacing() * 1.2f;
    const ImVec2 mapSize{size.x, size.y - legendHeight - (ImGui::GetCursorScreenPos().y - top)};
    const ImVec2 mapMin = ImGui::GetCursorScreenPos();
    drawFaceMap("errormap", ctx, map, overlay, mapSize, 3);
    // The widget's tooltip names the zone under the pointer; the counts are added to it.
    if (map.hoverZone >= 0 && ImGui::IsMouseHoveringRect(mapMin, {mapMin.x + mapSize.x, mapMin.y + mapSize.y})) {
        const core::Zone& zone = ctx.data.zones.zones()[static_cast<std::size_t>(map.hoverZone)];
        if (const auto it = summary.errorMap.find(zone.id); it != summary.errorMap.end()) {
            const core::ZoneErrors& e = it->second;
            ImGui::BeginTooltip();
            ui::label(formatted("Graded %d time%s", e.graded, e.graded == 1 ? "" : "s"));
            labelColoured(kTooDeepColour, formatted("Too deep: %d", e.tooDeep));
            labelColoured(kTooShallowColour, formatted("Too shallow: %d", e.tooShallow));
            labelColoured(okabe_ito::kReddishPurple, formatted("Missed, avoided or technique: %d", e.other));
            ui::label(formatted("Points lost: %.0f%%", e.severity * 100.0));
            ImGui::EndTooltip();
        }
    }
    const float swatchWidth = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x;
    swatch(kTooDeepColour, "Too deep");
    sameLineIfFits(swatchWidth + ImGui::CalcTextSize("Too shallow").x);
    swatch(kTooShallowColour, "Too shallow");
    sameLineIfFits(swatchWidth + ImGui::CalcTextSize("Missed or other").x);
    swatch(okabe_ito::kReddishPurple, "Missed or other");
}

} // namespace ui
