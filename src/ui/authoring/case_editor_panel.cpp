// Case editor layout: tab bar on the left, face map on the right.
#include "ui/authoring/case_editor_panel.hpp"

#include "ui/authoring/case_editor_tabs.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/layout_facts.hpp"

#include <cstdio>

namespace ui {
namespace {


struct TabInfo {
    EditorTab tab;
    const char* label;
    void (*draw)(FieldContext&, const UiContext&);
};

const TabInfo kTabs[] = {
    {EditorTab::Case, "Case", drawCaseTab},
    {EditorTab::Client, "Client", drawClientTab},
    {EditorTab::Findings, "Findings", drawFindingsTab},
    {EditorTab::Screening, "Screening key", drawScreeningKeyTab},
    {EditorTab::Decision, "Decision", drawDecisionTab},
    {EditorTab::PlanKey, "Plan key", drawPlanKeyTab},
    {EditorTab::Aftercare, "Aftercare", drawAftercareTab},
    {EditorTab::Sources, "Sources", drawSourcesTab},
    {EditorTab::Skin, "Skin", drawSkinLayersTab},
};

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// The key's zones shaded like a trainee's plan, labelled with their band.
FaceMapOverlay keyOverlay(const UiContext& ctx, const core::Case& preview, const EditorUiState& state, core::MapView view) {
    FaceMapOverlay overlay;
    overlay.view = view;
    const auto& zones = ctx.data.zones.zones();
    overlay.fill.assign(zones.size(), glm::vec4{0.0f});
    for (const auto& z : preview.key.zones) {
        const core::Zone* zone = ctx.data.zones.find(z.zone);
        if (!zone) continue;
        overlay.fill[static_cast<std::size_t>(zone - zones.data())] = z.action == core::ZoneAction::Treat ? kPlanTreatFill : kPlanAvoidFill;
        std::string label = "treat";
        if (z.action == core::ZoneAction::Avoid) {
            label = "AVOID";
        } else if (z.bandKind) {
            label = core::toString(*z.bandKind);
        } else if (z.depthMm) {
            char text[32];
            std::snprintf(text, sizeof text, "%.2f-%.2f mm", z.depthMm->min, z.depthMm->max);
            label = text;
        }
        overlay.labels[z.zone] = label;
    }
    overlay.fitzpatrick = std::clamp(preview.client.fitzpatrick, 1, 6);
    overlay.findings = &preview.findings;
    overlay.skinCase = &preview;
    overlay.client = &preview.client;
    overlay.selectedZone = state.tab == EditorTab::PlanKey ? state.selectedZone : std::string();
    overlay.emitSelect = false;
    overlay.dragFindings = true;
    overlay.showCatalogueNames = true; // the author sees what each finding is
    overlay.highlightFinding = state.tab == EditorTab::Findings ? state.selectedFinding : -1;
    return overlay;
}

void drawEditorMap(UiContext& ctx, UiState& state, ImVec2 size) {
    EditorUiState& es = state.editor;
    const core::DocumentEditor& doc = *ctx.editor->doc;
    const core::Case& preview = doc.preview();
    // Authors may place findings and key zones on either picture: the toggle is always there.
    const core::MapView shown = shownMapView(ctx.mapViews, preview.id, core::caseViews(preview, nullptr, ctx.data.zones, ctx.data.catalogue));
    const FaceMapOverlay overlay = keyOverlay(ctx, preview, es, shown);
    const float top = ImGui::GetCursorPosY();
    drawMapViewToggle(ctx, preview.id, true, shown);
    labelWrapped(kMutedColour, es.tab == EditorTab::Findings ? "Click to place a finding; drag a marker to move it."
                               : es.tab == EditorTab::Skin   ? skinMapHint(es)
                                                             : "Click a zone to edit its key; drag a marker to move it.");
    size.y -= ImGui::GetCursorPosY() - top + 1.0f;
    const FaceMapEvents events = drawFaceMap("editormap", ctx, state.editorMap, overlay, size, 3);
    if (events.draggedFinding >= 0) {
        ctx.edits->push_back(core::edit::MoveFinding{events.draggedFinding, events.dragPoint, true});
        es.selectedFinding = events.draggedFinding;
    }
    if (events.dragEnded) ctx.edits->push_back(core::edit::Seal{});
    if (events.clickedFinding >= 0) {
        es.selectedFinding = events.clickedFinding;
        es.tab = EditorTab::Findings;
        es.switchTab = true;
    } else if (events.clickedPoint && es.tab == EditorTab::Skin) {
        placeSkinLayer(ctx, es, *events.clickedPoint, shown);
    } else if (events.clickedPoint && es.tab == EditorTab::Findings) {
        const auto& types = ctx.data.catalogue.findingTypes;
        if (!types.empty()) {
            const auto& type = types[static_cast<std::size_t>(std::clamp(es.findingType, 0, static_cast<int>(types.size()) - 1))];
            ctx.edits->push_back(core::edit::AddFinding{type.id, *events.clickedPoint, shown});
            es.selectedFinding = static_cast<int>(doc.preview().findings.size());
        }
    } else if (events.clickedZone >= 0) {
        es.selectedZone = ctx.data.zones.zones()[static_cast<std::size_t>(events.clickedZone)].id;
        es.tab = EditorTab::PlanKey;
        es.switchTab = true;
    }
}

} // namespace

EditorTab tabForPointer(const std::string& p) {
    if (startsWith(p, "/client")) return EditorTab::Client;
    if (startsWith(p, "/findings")) return EditorTab::Findings;
    if (startsWith(p, "/key/contraindications") || startsWith(p, "/key/distractors")) return EditorTab::Screening;
    if (startsWith(p, "/key/decision") || startsWith(p, "/key/follow_up")) return EditorTab::Decision;
    if (startsWith(p, "/key/zones")) return EditorTab::PlanKey;
    if (startsWith(p, "/key/aftercare") || startsWith(p, "/key/schedule")) return EditorTab::Aftercare;
    if (startsWith(p, "/sources")) return EditorTab::Sources;
    if (startsWith(p, "/skin")) return EditorTab::Skin;
    return EditorTab::Case;
}

void drawCaseEditor(UiContext& ctx, UiState& state, ImVec2 size) {
    EditorUiState& es = state.editor;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    // The map needs about 0.75 of its height in width; the form gets the rest.
    const float mapWidth = std::clamp(size.y * 0.78f, ImGui::GetFontSize() * 16.0f, size.x * 0.45f);
    const float formWidth = size.x - mapWidth - spacing;
    FieldContext f{*ctx.editor->doc, *ctx.edits, es};

    ImGui::BeginChild("caseform", {formWidth, size.y}, true);
    // Scrolling tabs keep their whole labels when the column is narrow for the scale.
    if (ImGui::BeginTabBar("casetabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (const auto& t : kTabs) {
            const ImGuiTabItemFlags flags = es.switchTab && es.tab == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(t.label, nullptr, flags)) {
                if (!es.switchTab) es.tab = t.tab;
                ImGui::BeginChild("tabbody");
                t.draw(f, ctx);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    es.switchTab = false;
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("casemap", {mapWidth, size.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    drawEditorMap(ctx, state, ImGui::GetContentRegionAvail());
    ImGui::EndChild();
}

} // namespace ui
