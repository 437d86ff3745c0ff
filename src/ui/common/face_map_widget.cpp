// Face map widget (thin: geometry comes from core, pixels from the renderer).
#include "ui/common/face_map_widget.hpp"

#include "ui/common/click_targets.hpp"

#include "render/face_map_renderer.hpp"

#include <cmath>

namespace ui {
namespace {

ImU32 markerColour() { return IM_COL32(236, 72, 153, 255); }

void drawMarker(ImDrawList* dl, core::Marker marker, ImVec2 c, float r) {
    const ImU32 col = markerColour();
    const ImU32 halo = IM_COL32(255, 255, 255, 220);
    switch (marker) {
    case core::Marker::Dot:
        dl->AddCircleFilled(c, r + 1.5f, halo);
        dl->AddCircleFilled(c, r, col);
        break;
    case core::Marker::Cluster:
        for (int i = 0; i < 4; ++i) {
            const float a = static_cast<float>(i) * 1.5708f + 0.6f;
            const ImVec2 p{c.x + std::cos(a) * r * 0.7f, c.y + std::sin(a) * r * 0.7f};
            dl->AddCircleFilled(p, r * 0.45f + 1.0f, halo);
            dl->AddCircleFilled(p, r * 0.45f, col);
        }
        break;
    case core::Marker::Patch:
        dl->AddCircleFilled(c, r, IM_COL32(236, 72, 153, 90));
        dl->AddCircle(c, r, col, 0, 2.0f);
        break;
    case core::Marker::Ring:
        dl->AddCircle(c, r, halo, 0, 4.0f);
        dl->AddCircle(c, r, col, 0, 2.5f);
        break;
    case core::Marker::Cross:
        dl->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, halo, 4.5f);
        dl->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, halo, 4.5f);
        dl->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, col, 2.5f);
        dl->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, col, 2.5f);
        break;
    case core::Marker::Hatch:
        dl->AddCircle(c, r, col, 0, 2.0f);
        for (float k = -0.6f; k <= 0.61f; k += 0.4f) {
            dl->AddLine({c.x - r * 0.8f, c.y + r * k - r * 0.3f}, {c.x + r * 0.8f, c.y + r * k + r * 0.3f}, col, 1.5f);
        }
        break;
    }
}

} // namespace

std::string zoneDisplayName(const core::ZoneMap& zones, const std::string& id) {
    const core::Zone* z = zones.find(id);
    if (!z) return id;
    std::string name = z->label;
    if (z->noGo) name += " (no-go)";
    return name;
}

FaceMapEvents drawFaceMap(const char* id, UiContext& ctx, FaceMapPanelState& state, const FaceMapOverlay& overlay, ImVec2 size, int slot) {
    FaceMapEvents events;
    const auto& zones = ctx.data.zones;
    ImGui::PushID(id);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, 50.0f);
    size.y = std::max(size.y, 50.0f);
    state.viewport.panelSize = {size.x, size.y};
    state.viewport.aspect = zones.aspect();
    state.screenX = origin.x;
    state.screenY = origin.y;
    state.drawnOnFrame = ImGui::GetFrameCount();

    // Resolve hover from a script request or the pointer.
    int hover = -1;
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool inside = mouse.x >= origin.x && mouse.y >= origin.y && mouse.x < origin.x + size.x && mouse.y < origin.y + size.y;
    if (!state.forcedHover.empty()) {
        if (const core::Zone* z = zones.find(state.forcedHover)) hover = static_cast<int>(z - zones.zones().data());
    }

    const ImGuiIO& io = ImGui::GetIO();
    const float fbScale = io.DisplayFramebufferScale.x > 0.0f ? io.DisplayFramebufferScale.x : 1.0f;
    if (ctx.renderer && ctx.renderer->usable()) {
        render::FaceMapFrame frame;
        frame.width = static_cast<int>(size.x * fbScale);
        frame.height = static_cast<int>(size.y * fbScale);
        frame.fitzpatrick = overlay.fitzpatrick;
        frame.viewport = state.viewport;
        frame.zoneFill = overlay.fill;
        frame.hoverZone = state.hoverZone;
        const std::string& selected = overlay.selectedZone ? *overlay.selectedZone : ctx.session.selectedZone();
        if (const core::Zone* z = overlay.selectable ? zones.find(selected) : nullptr) frame.selectedZone = static_cast<int>(z - zones.zones().data());
        const GLuint texture = ctx.renderer->render(frame, slot);
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)), size, ImVec2(0, 1), ImVec2(1, 0));
    } else {
        ImGui::Dummy(size);
        ImGui::GetWindowDrawList()->AddText(origin, ImGui::GetColorU32(kBadColour), "The face map cannot be drawn on this system.");
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, {origin.x + size.x, origin.y + size.y}, true);

    const auto toScreen = [&](glm::dvec2 map) {
        const glm::dvec2 p = state.viewport.mapToPanel(map);
        return ImVec2{origin.x + static_cast<float>(p.x), origin.y + static_cast<float>(p.y)};
    };
    const glm::dvec2 mouseMap = state.viewport.panelToMap({mouse.x - origin.x, mouse.y - origin.y});
    if (hover < 0 && hovered && inside) {
        if (const core::Zone* z = zones.hitTest(mouseMap)) hover = static_cast<int>(z - zones.zones().data());
    }
    state.hoverZone = hover;

    // Zone labels (verdicts, plan marks), centred on each zone.
    for (const auto& [zoneId, text] : overlay.labels) {
        const core::Zone* z = zones.find(zoneId);
        if (!z || text.empty()) continue;
        const ImVec2 c = toScreen(z->centroid());
        const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
        const ImVec2 a{c.x - ts.x * 0.5f - 4.0f, c.y - ts.y * 0.5f - 2.0f};
        dl->AddRectFilled(a, {a.x + ts.x + 8.0f, a.y + ts.y + 4.0f}, IM_COL32(20, 22, 26, 210), 4.0f);
        dl->AddText({a.x + 4.0f, a.y + 2.0f}, IM_COL32(255, 255, 255, 255), text.c_str());
    }

    // Findings.
    const core::Case* c = ctx.session.currentCase();
    const std::vector<core::Finding>* findings = overlay.findings ? overlay.findings : (c ? &c->findings : nullptr);
    const core::Finding* hoveredFinding = nullptr;
    int hoveredFindingIndex = -1;
    if (findings && overlay.showFindings) {
        const float mapHeight = static_cast<float>(state.viewport.mapSize().y);
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto& f = (*findings)[i];
            const core::FindingType* type = ctx.data.catalogue.findFindingType(f.type);
            const float r = std::max(6.0f, static_cast<float>(f.radius) * mapHeight);
            const ImVec2 p = toScreen(f.position);
            if (static_cast<int>(i) == overlay.highlightFinding) dl->AddCircle(p, r + 6.0f, ImGui::GetColorU32(kWarnColour), 0, 3.0f);
            drawMarker(dl, type ? type->marker : core::Marker::Dot, p, r);
            const float dx = mouse.x - p.x;
            const float dy = mouse.y - p.y;
            if (hovered && dx * dx + dy * dy <= (r + 4.0f) * (r + 4.0f)) {
                hoveredFinding = &f;
                hoveredFindingIndex = static_cast<int>(i);
            }
        }
    }
    // Orientation: left and right are the client's (a mirror view).
    const auto tag = [&](const char* text, bool right) {
        const ImVec2 ts = ImGui::CalcTextSize(text);
        const ImVec2 a{right ? origin.x + size.x - ts.x - 14.0f : origin.x + 6.0f, origin.y + 6.0f};
        dl->AddRectFilled(a, {a.x + ts.x + 8.0f, a.y + ts.y + 4.0f}, IM_COL32(20, 22, 26, 200), 4.0f);
        dl->AddText({a.x + 4.0f, a.y + 2.0f}, ImGui::GetColorU32(kMutedColour), text);
    };
    tag("< client's right", false);
    tag("client's left >", true);
    dl->PopClipRect();

    // Reset view button over the top-right corner.
    const ImVec2 after = ImGui::GetCursorScreenPos();
    if (state.viewport.zoom > 1.0001) {
        const ImVec2 buttonSize = ImGui::CalcTextSize("Reset view");
        ImGui::SetCursorScreenPos({origin.x + size.x - buttonSize.x - ImGui::GetStyle().FramePadding.x * 2.0f - 6.0f,
                                   origin.y + size.y - buttonSize.y - 8.0f});
        if (smallButton("Reset view")) {
            state.viewport.zoom = 1.0;
            state.viewport.pan = {0.0, 0.0};
        }
        ImGui::SetCursorScreenPos(after);
    }

    // Editor: pressing on a finding starts a drag that moves it instead of panning.
    if (overlay.dragFindings && hovered && hoveredFindingIndex >= 0 && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        state.draggingFinding = hoveredFindingIndex;
    }
    if (state.draggingFinding >= 0) {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f) && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
                events.draggedFinding = state.draggingFinding;
                events.dragPoint = mouseMap;
            }
        } else {
            if (ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 2.0f).x == 0.0f && ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 2.0f).y == 0.0f) {
                events.clickedFinding = state.draggingFinding;
            } else {
                events.dragEnded = true;
            }
            state.draggingFinding = -1;
        }
    }
    if (hovered) {
        if (io.MouseWheel != 0.0f) {
            state.viewport.zoomAbout({mouse.x - origin.x, mouse.y - origin.y}, std::pow(1.15, static_cast<double>(io.MouseWheel)));
        }
        if (events.draggedFinding >= 0 || events.dragEnded || events.clickedFinding >= 0) {
            // handled above
        } else if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f) || ImGui::IsMouseDragging(ImGuiMouseButton_Right, 2.0f)) {
            state.viewport.pan -= glm::dvec2{io.MouseDelta.x, io.MouseDelta.y} / state.viewport.mapSize();
            state.viewport.clamp();
        } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 4.0f).x == 0.0f &&
                   ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 4.0f).y == 0.0f) {
            events.clickedPoint = mouseMap;
            if (hover >= 0) events.clickedZone = hover;
            if (overlay.selectable && overlay.emitSelect && hover >= 0) {
                ctx.actions.push_back(core::cmd::SelectZone{zones.zones()[static_cast<std::size_t>(hover)].id});
            }
        }
        if (hoveredFinding) {
            const core::FindingType* type = ctx.data.catalogue.findFindingType(hoveredFinding->type);
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(type ? type->label.c_str() : hoveredFinding->type.c_str());
            ImGui::TextDisabled("%s", zoneDisplayName(zones, hoveredFinding->zone).c_str());
            if (!hoveredFinding->note.empty()) {
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
                ImGui::TextUnformatted(hoveredFinding->note.str().c_str());
                ImGui::PopTextWrapPos();
            }
            ImGui::EndTooltip();
        } else if (hover >= 0) {
            ImGui::SetTooltip("%s", zoneDisplayName(zones, zones.zones()[static_cast<std::size_t>(hover)].id).c_str());
        }
    }
    ImGui::PopID();
    return events;
}

} // namespace ui
