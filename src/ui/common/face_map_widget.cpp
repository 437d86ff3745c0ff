// Face map widget (thin: geometry comes from core, pixels from the renderer).
#include "ui/common/face_map_widget.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/skin_layer_cache.hpp"
#include "ui/common/drawn_text.hpp"
#include "ui/common/layout_facts.hpp"

#include "base/label_layout.hpp"
#include "model/finding_seen.hpp"

#include "render/face_map_renderer.hpp"
#include "model/face_variant.hpp"

#include <algorithm>
#include <array>
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

core::MapView shownMapView(const std::map<std::string, core::MapView>* chosen, const std::string& caseId, const core::CaseViews& views) {
    if (chosen) {
        if (const auto it = chosen->find(caseId); it != chosen->end()) return it->second;
    }
    return views.opening;
}

void drawMapViewToggle(UiContext& ctx, const std::string& caseId, bool offered, core::MapView shown) {
    if (!offered) return;
    ImGui::PushID("mapview");
    // Each part goes on the same line while it fits, so a narrow map keeps both choices in reach.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const auto sameLineIfFits = [&](float width) {
        const bool fits = ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right;
        if (fits) ImGui::SameLine();
        return fits;
    };
    ImGui::AlignTextToFramePadding();
    labelColoured(kMutedColour, "Map:");
    for (const auto& [name, view] : core::mapViewChoices()) {
        const std::string label = name == "face" ? "Face" : "Body";
        sameLineIfFits(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x);
        if (radioButton(label.c_str(), view == shown) && view != shown) ctx.actions.push_back(act::SetMapView{caseId, view});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the %s picture and its zones (Ctrl+B switches)", name.c_str());
    }
    if (sameLineIfFits(ImGui::CalcTextSize("Ctrl+B").x)) {
        ImGui::AlignTextToFramePadding();
        labelMuted("Ctrl+B");
    }
    if (ctx.mapViewKeyIndex >= 0 && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ctx.mapViewKeyIndex, false)) {
        ctx.actions.push_back(act::SetMapView{caseId, shown == core::MapView::Face ? core::MapView::Body : core::MapView::Face});
    }
    ImGui::PopID();
}

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
    if (state.shownView != overlay.view) {
        std::swap(state.viewport, state.otherViewport);
        state.shownView = overlay.view;
        state.hoverZone = -1;
    }
    const auto onView = [&](const core::Zone* z) { return z && z->view == overlay.view; };
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
        if (const core::Zone* z = zones.find(state.forcedHover); onView(z)) hover = static_cast<int>(z - zones.zones().data());
    }

    const ImGuiIO& io = ImGui::GetIO();
    const float fbScale = io.DisplayFramebufferScale.x > 0.0f ? io.DisplayFramebufferScale.x : 1.0f;
    if (ctx.renderer && ctx.renderer->usable()) {
        render::FaceMapFrame frame;
        frame.width = static_cast<int>(size.x * fbScale);
        frame.height = static_cast<int>(size.y * fbScale);
        frame.fitzpatrick = overlay.fitzpatrick;
        const core::Case* sessionCase = ctx.session.currentCase();
        if (const core::Client* client = overlay.client ? overlay.client : sessionCase ? &sessionCase->client : nullptr) {
            frame.faceVariant = core::faceVariantFor(*client);
        }
        frame.view = overlay.view;
        frame.viewport = state.viewport;
        frame.zoneFill = overlay.fill;
        frame.skin = overlay.skinDraws ? overlay.skinDraws : skinDrawsFor(overlay.skinCase ? overlay.skinCase : (overlay.showFindings ? ctx.session.currentCase() : nullptr), zones);
        frame.hoverZone = state.hoverZone;
        frame.coverage = overlay.coverage;
        const std::string& selected = overlay.selectedZone ? *overlay.selectedZone : ctx.session.selectedZone();
        if (const core::Zone* z = overlay.selectable ? zones.find(selected) : nullptr; onView(z)) frame.selectedZone = static_cast<int>(z - zones.zones().data());
        if (const core::Zone* z = overlay.highlightZone ? zones.find(*overlay.highlightZone) : nullptr; onView(z)) {
            frame.selectedZone = static_cast<int>(z - zones.zones().data());
        }
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
        if (const core::Zone* z = zones.hitTest(mouseMap, overlay.view)) hover = static_cast<int>(z - zones.zones().data());
    }
    state.hoverZone = hover;

    // Findings on this view (drawn after the labels, so markers stay on top).
    const core::Case* c = ctx.session.currentCase();
    const std::vector<core::Finding>* findings = overlay.findings ? overlay.findings : (c ? &c->findings : nullptr);
    const auto findingOnView = [&](const core::Finding& f) {
        const core::Zone* site = zones.find(f.zone);
        return (site ? site->view : core::MapView::Face) == overlay.view;
    };
    const float mapHeight = static_cast<float>(state.viewport.mapSize().y);
    const auto markerRadius = [&](const core::Finding& f) { return std::max(6.0f, static_cast<float>(f.radius) * mapHeight); };

    // Zone labels (verdicts, plan marks): one per zone, placed by core so that
    // none overlaps another, a finding's marker or a corner tag; a label moved
    // off its zone gets a leader line, one with no room is left to the tooltip.
    std::vector<core::LabelRect> obstacles;
    // Orientation tags: left and right are the client's (a mirror view); on a
    // map too narrow for both in full they shorten, and labels keep off them.
    struct Tag {
        const char* text;
        ImVec2 min;
        ImVec2 max;
    };
    std::vector<Tag> tags;
    const bool fullTags = ImGui::CalcTextSize("< client's right").x + ImGui::CalcTextSize("client's left >").x + 40.0f <= size.x;
    for (const bool right : {false, true}) {
        const char* text = right ? (fullTags ? "client's left >" : "L >") : (fullTags ? "< client's right" : "< R");
        const ImVec2 ts = ImGui::CalcTextSize(text);
        const ImVec2 a{right ? origin.x + size.x - ts.x - 14.0f : origin.x + 6.0f, origin.y + 6.0f};
        tags.push_back({text, a, {a.x + ts.x + 8.0f, a.y + ts.y + 4.0f}});
        obstacles.push_back({{a.x, a.y}, {a.x + ts.x + 8.0f, a.y + ts.y + 4.0f}});
    }
    for (std::size_t i = 0; findings && overlay.showFindings && i < findings->size(); ++i) {
        const auto& f = (*findings)[i];
        if (!findingOnView(f)) continue;
        const ImVec2 p = toScreen(f.position);
        const float r = markerRadius(f) + 2.0f; // the halo too
        obstacles.push_back({{p.x - r, p.y - r}, {p.x + r, p.y + r}});
    }
    std::vector<core::LabelRequest> requests;
    std::vector<const std::string*> texts;
    for (const auto& [zoneId, text] : overlay.labels) {
        const core::Zone* z = zones.find(zoneId);
        if (!onView(z) || text.empty()) continue;
        const ImVec2 centre = toScreen(z->centroid());
        const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
        requests.push_back({{centre.x, centre.y}, {ts.x + 8.0f, ts.y + 4.0f}});
        texts.push_back(&text);
    }
    const core::LabelRect mapBounds{{origin.x, origin.y}, {origin.x + size.x, origin.y + size.y}};
    const auto placedLabels = core::placeLabels(requests, obstacles, mapBounds);
    for (std::size_t i = 0; i < placedLabels.size(); ++i) {
        const core::PlacedLabel& l = placedLabels[i];
        if (!l.shown) continue;
        const ImVec2 a{static_cast<float>(l.box.min.x), static_cast<float>(l.box.min.y)};
        const ImVec2 b{static_cast<float>(l.box.max.x), static_cast<float>(l.box.max.y)};
        if (l.moved) {
            const ImVec2 anchor{static_cast<float>(requests[i].anchor.x), static_cast<float>(requests[i].anchor.y)};
            const ImVec2 end{static_cast<float>(l.leaderEnd.x), static_cast<float>(l.leaderEnd.y)};
            dl->AddLine(anchor, end, IM_COL32(20, 22, 26, 230), 3.0f);
            dl->AddLine(anchor, end, IM_COL32(255, 255, 255, 230), 1.5f);
            dl->AddCircleFilled(anchor, 3.0f, IM_COL32(255, 255, 255, 230));
        }
        dl->AddRectFilled(a, b, IM_COL32(20, 22, 26, 210), 4.0f);
        dl->AddText({a.x + 4.0f, a.y + 2.0f}, IM_COL32(255, 255, 255, 255), texts[i]->c_str());
        recordDrawnText(*texts[i]);
        noteMapLabel(*texts[i], a, b);
    }

    // Findings.
    const core::Finding* hoveredFinding = nullptr;
    int hoveredFindingIndex = -1;
    if (findings && overlay.showFindings) {
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto& f = (*findings)[i];
            if (!findingOnView(f)) continue; // on the other picture
            const core::FindingType* type = ctx.data.catalogue.findFindingType(f.type);
            const float r = markerRadius(f);
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
    for (const auto& t : tags) {
        dl->AddRectFilled(t.min, t.max, IM_COL32(20, 22, 26, 200), 4.0f);
        dl->AddText({t.min.x + 4.0f, t.min.y + 2.0f}, ImGui::GetColorU32(kMutedColour), t.text);
        recordDrawnText(t.text);
        noteMapLabel(t.text, t.min, t.max);
    }
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
        } else if ((!overlay.penMode && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) || ImGui::IsMouseDragging(ImGuiMouseButton_Right, 2.0f)) {
            state.viewport.pan -= glm::dvec2{io.MouseDelta.x, io.MouseDelta.y} / state.viewport.mapSize();
            state.viewport.clamp();
        } else if (!overlay.penMode && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 4.0f).x == 0.0f &&
                   ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 4.0f).y == 0.0f) {
            events.clickedPoint = mouseMap;
            if (hover >= 0) events.clickedZone = hover;
            if (overlay.selectable && overlay.emitSelect && hover >= 0) {
                ctx.actions.push_back(core::cmd::SelectZone{zones.zones()[static_cast<std::size_t>(hover)].id});
            }
        }
        if (hoveredFinding) {
            // What is seen (the author's words); the catalogue's name only where it gives nothing away.
            ImGui::BeginTooltip();
            if (overlay.showCatalogueNames) {
                const core::FindingType* type = ctx.data.catalogue.findFindingType(hoveredFinding->type);
                ui::label(type ? type->label.c_str() : "Finding");
            }
            labelMuted(zoneDisplayName(zones, hoveredFinding->zone));
            textWrappedKeepingUnits(core::seenDescription(*hoveredFinding, zones), ImGui::GetFontSize() * 22.0f);
            ImGui::EndTooltip();
        } else if (hover >= 0) {
            const core::Zone& z = zones.zones()[static_cast<std::size_t>(hover)];
            const auto label = overlay.labels.find(z.id);
            if (label != overlay.labels.end() && !label->second.empty()) {
                ImGui::SetTooltip("%s: %s", zoneDisplayName(zones, z.id).c_str(), label->second.c_str());
            } else {
                ImGui::SetTooltip("%s", zoneDisplayName(zones, z.id).c_str());
            }
        }
    }
    ImGui::PopID();
    return events;
}

} // namespace ui
