// Plan panel: emits zone Commands; shading and labels come from the attempt.
#include "ui/practice/plan_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"
#include "model/band_hints.hpp"
#include "terms/input_limits.hpp"

#include "ui/common/face_map_widget.hpp"
#include "ui/practice/lesion_margins.hpp"

#include <cstdio>
#include <set>

namespace ui {
namespace {


std::string zoneStatus(const core::AttemptZone* z) {
    if (!z) return "-";
    if (z->action == core::ZoneAction::Avoid) return "avoid";
    if (!z->depthMm) return "treat";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f mm", *z->depthMm);
    return text;
}

FaceMapOverlay planOverlay(const UiContext& ctx, core::MapView view) {
    FaceMapOverlay overlay;
    overlay.view = view;
    const auto& zones = ctx.data.zones.zones();
    overlay.fill.assign(zones.size(), glm::vec4{0.0f});
    for (const auto& z : ctx.session.attempt().zones) {
        const core::Zone* zone = ctx.data.zones.find(z.zone);
        if (!zone) continue;
        const auto index = static_cast<std::size_t>(zone - zones.data());
        overlay.fill[index] = z.action == core::ZoneAction::Treat ? kPlanTreatFill : kPlanAvoidFill;
        overlay.labels[z.zone] = z.action == core::ZoneAction::Treat ? zoneStatus(&z) : "AVOID";
    }
    overlay.fitzpatrick = ctx.session.currentCase()->client.fitzpatrick;
    return overlay;
}

// The zones on offer (core decides: body zones only for a case that has them,
// or while the body is shown); picking one on the other picture shows it.
void drawZoneList(UiContext& ctx, const core::CaseViews& views, core::MapView shown) {
    const auto& attempt = ctx.session.attempt();
    const std::string& caseId = ctx.session.currentCase()->id;
    if (!ImGui::BeginTable("zones", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                           {0.0f, ImGui::GetTextLineHeightWithSpacing() * 9.5f})) {
        return;
    }
    ImGui::TableSetupColumn("Zone", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    const auto offered = core::offeredZones(ctx.data.zones, views, shown, false);
    const bool both = !offered.empty() && offered.front()->view != offered.back()->view;
    for (std::size_t i = 0; i < offered.size(); ++i) {
        const core::Zone& zone = *offered[i];
        if (both && (i == 0 || offered[i - 1]->view != zone.view)) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            labelMuted(zone.view == core::MapView::Body ? "Body" : "Face");
        }
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (ImGui::Selectable(zone.label.c_str(), ctx.session.selectedZone() == zone.id, ImGuiSelectableFlags_SpanAllColumns)) {
            ctx.actions.push_back(core::cmd::SelectZone{zone.id});
            if (zone.view != shown) ctx.actions.push_back(act::SetMapView{caseId, zone.view});
        }
        ImGui::TableSetColumnIndex(1);
        const core::AttemptZone* z = attempt.zone(zone.id);
        if (z && z->action == core::ZoneAction::Avoid) {
            labelColoured(kMutedColour, "avoid");
        } else if (z) {
            labelColoured(kGoodColour, zoneStatus(z));
        } else {
            labelMuted("-");
        }
    }
    ImGui::EndTable();
}

// The profile's default bands for the client's indications, when hints are allowed (core decides).
void drawHint(const UiContext& ctx, const std::string& zoneId) {
    const core::Protocol* p = ctx.session.protocol();
    if (!p) return;
    for (const auto& hint : core::bandHintsForCase(*ctx.session.currentCase(), *p, ctx.data.catalogue, zoneId)) {
        labelColoured(kMutedColour, formatted("Hint: %s band %.2f-%.2f mm (%s), safety max %.2f mm", core::toString(hint.kind).c_str(), hint.band.min, hint.band.max, hint.protocolTitle.c_str(), hint.safetyMaxMm));
    }
}

void drawDepthDial(UiContext& ctx, const std::string& zoneId, const core::AttemptZone* z) {
    int steps = z && z->depthMm ? static_cast<int>(*z->depthMm / core::kDialStepMm + 0.5) : 0;
    const int maxSteps = static_cast<int>(core::kDialMaxMm / core::kDialStepMm + 0.5);
    char label[32];
    if (steps > 0) {
        std::snprintf(label, sizeof label, "%.2f mm", steps * core::kDialStepMm);
    } else {
        std::snprintf(label, sizeof label, "set depth");
    }
    ImGui::SetNextItemWidth(-1.0f);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (ImGui::SliderInt("##depth", &steps, 1, maxSteps, label, ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetDepth{zoneId, steps * core::kDialStepMm});
    }
    // The pen's dial marks under the slider, labelled every 0.5 mm.
    const float width = ImGui::GetItemRectSize().x;
    const float grab = ImGui::GetStyle().GrabMinSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y = start.y + ImGui::GetFrameHeight() + 2.0f;
    for (int i = 1; i <= maxSteps; ++i) {
        const float x = start.x + grab * 0.5f + (width - grab) * static_cast<float>(i - 1) / static_cast<float>(maxSteps - 1);
        const bool major = i % 2 == 0;
        dl->AddLine({x, y}, {x, y + (major ? 7.0f : 4.0f)}, ImGui::GetColorU32(kMutedColour));
        if (major) {
            char mark[8];
            std::snprintf(mark, sizeof mark, "%.1f", i * core::kDialStepMm);
            dl->AddText({x - ImGui::CalcTextSize(mark).x * 0.5f, y + 8.0f}, ImGui::GetColorU32(kMutedColour), mark);
        }
    }
    ImGui::Dummy({width, ImGui::GetTextLineHeight() + 10.0f});
}

void drawZoneEditor(UiContext& ctx) {
    const std::string& zoneId = ctx.session.selectedZone();
    const core::Zone* zone = ctx.data.zones.find(zoneId);
    if (!zone) {
        labelMuted("Click a zone on the map, or pick one from the list above.");
        return;
    }
    const core::AttemptZone* z = ctx.session.attempt().zone(zoneId);
    labelWrapped(kAccentColour, zoneDisplayName(ctx.data.zones, zoneId));
    int action = !z ? 0 : (z->action == core::ZoneAction::Treat ? 1 : 2);
    if (radioButton("Not planned", action == 0)) ctx.actions.push_back(core::cmd::SetZoneAction{zoneId, std::nullopt});
    sameLineIfFits(radioWidth("Treat"));
    if (radioButton("Treat", action == 1)) ctx.actions.push_back(core::cmd::SetZoneAction{zoneId, core::ZoneAction::Treat});
    sameLineIfFits(radioWidth("Avoid"));
    if (radioButton("Avoid", action == 2)) ctx.actions.push_back(core::cmd::SetZoneAction{zoneId, core::ZoneAction::Avoid});
    if (action != 1) return;
    drawLesionMargins(ctx, *z);

    ImGui::Spacing();
    ui::label("Needle depth");
    drawDepthDial(ctx, zoneId, z);
    drawHint(ctx, zoneId);

    ui::label("Pass patterns");
    bool firstPattern = true;
    for (const auto& [name, pattern] : core::patternChoices()) {
        bool on = std::find(z->patterns.begin(), z->patterns.end(), pattern) != z->patterns.end();
        if (!firstPattern) sameLineIfFits(radioWidth(name.c_str()));
        firstPattern = false;
        if (ImGui::Checkbox(name.c_str(), &on)) ctx.actions.push_back(core::cmd::TogglePattern{zoneId, pattern});
        noteControlLayout(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 0.0f, false);
    }
    int passes = z->passes.value_or(0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::SliderInt("passes", &passes, core::kPassesLimit.min, core::kPassesLimit.max, passes == 0 ? "set passes" : "%d", ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetPasses{zoneId, passes});
    }
    ui::label("Endpoint");
    if (radioButton("Erythema", z->endpoint == core::Endpoint::Erythema)) {
        ctx.actions.push_back(core::cmd::SetEndpoint{zoneId, core::Endpoint::Erythema});
    }
    sameLineIfFits(radioWidth("Pinpoint bleeding"));
    if (radioButton("Pinpoint bleeding", z->endpoint == core::Endpoint::PinpointBleeding)) {
        ctx.actions.push_back(core::cmd::SetEndpoint{zoneId, core::Endpoint::PinpointBleeding});
    }
    const std::string twin = core::mirrorZoneId(zoneId);
    if (!twin.empty()) {
        ImGui::Spacing();
        const std::string label = "Mirror to " + zoneDisplayName(ctx.data.zones, twin);
        if (button(label.c_str())) ctx.actions.push_back(core::cmd::MirrorZone{zoneId});
    }
}

} // namespace

void drawPlanPanel(UiContext& ctx, FaceMapPanelState& map) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // 22 ems for the zone editor, but never more than 60% of the width: the map stays usable.
    const float editorWidth = std::max(avail.x * 0.42f, std::min(ImGui::GetFontSize() * 22.0f, avail.x * 0.6f));
    const float mapWidth = avail.x - editorWidth - ImGui::GetStyle().ItemSpacing.x;
    const core::Case& c = *ctx.session.currentCase();
    const core::CaseViews views = core::caseViews(c, &ctx.session.attempt(), ctx.data.zones, ctx.data.catalogue);
    const core::MapView shown = shownMapView(ctx.mapViews, c.id, views);
    ImGui::BeginChild("planmap", {mapWidth, avail.y}, false);
    drawMapViewToggle(ctx, c.id, views.body, shown);
    drawFaceMap("plan", ctx, map, planOverlay(ctx, shown), ImGui::GetContentRegionAvail(), 0);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("planeditor", {editorWidth, avail.y}, true);
    drawZoneList(ctx, views, shown);
    ImGui::Separator();
    drawZoneEditor(ctx);
    ImGui::EndChild();
}

} // namespace ui
