// Perform panel: draws the session and PerformView; every change is a Command.
#include "ui/practice/perform_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

#include "practice/perform_words.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace ui {

namespace perform_panel_detail {

FaceMapOverlay performOverlay(const UiContext& ctx, const std::string& zone) {
    FaceMapOverlay overlay;
    const auto& zones = ctx.data.zones.zones();
    overlay.fill.assign(zones.size(), glm::vec4{0.0f});
    for (const auto& z : ctx.session.attempt().zones) {
        const core::Zone* mapZone = ctx.data.zones.find(z.zone);
        if (!mapZone) continue;
        // A faint tint only: the skin's own response is the feedback here.
        glm::vec4 fill = z.action == core::ZoneAction::Treat ? kPlanTreatFill : kPlanAvoidFill;
        fill.a = z.action == core::ZoneAction::Treat ? 0.08f : 0.5f;
        overlay.fill[static_cast<std::size_t>(mapZone - zones.data())] = fill;
    }
    overlay.fitzpatrick = ctx.session.currentCase()->client.fitzpatrick;
    overlay.selectable = false;
    overlay.emitSelect = false;
    overlay.highlightZone = zone;
    overlay.penMode = true;
    overlay.coverage = ctx.perform ? ctx.perform->live : nullptr;
    return overlay;
}

// The pen head at its real size: a ring the cartridge's footprint across,
// with its needles spread over it (a sunflower spiral keeps them even).
void drawPenHead(const UiContext& ctx, const FaceMapPanelState& map, glm::dvec2 point, bool down) {
    const core::Cartridge* cartridge = core::performCartridge(ctx.session.attempt().perform ? &*ctx.session.attempt().perform : nullptr,
                                                               ctx.data.catalogue);
    const double headMm = ctx.perform ? ctx.perform->headMm : 7.0;
    const glm::dvec2 p = map.viewport.mapToPanel(point);
    const ImVec2 c{static_cast<float>(map.screenX + p.x), static_cast<float>(map.screenY + p.y)};
    const float r = static_cast<float>(headMm * 0.5 / ctx.data.zones.heightMm() * map.viewport.mapSize().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect({static_cast<float>(map.screenX), static_cast<float>(map.screenY)},
                     {static_cast<float>(map.screenX + map.viewport.panelSize.x), static_cast<float>(map.screenY + map.viewport.panelSize.y)}, true);
    dl->AddCircle(c, r + 1.5f, IM_COL32(20, 22, 26, 200), 0, 3.0f);
    dl->AddCircle(c, r, down ? IM_COL32(255, 214, 90, 255) : IM_COL32(255, 255, 255, 230), 0, 1.5f);
    const int needles = cartridge ? cartridge->needles : 12;
    for (int i = 0; i < needles && r > 4.0f; ++i) {
        const float t = std::sqrt((static_cast<float>(i) + 0.5f) / static_cast<float>(needles)) * r * 0.85f;
        const float a = static_cast<float>(i) * 2.39996f;
        dl->AddCircleFilled({c.x + std::cos(a) * t, c.y + std::sin(a) * t}, 1.2f, IM_COL32(60, 60, 70, 220));
    }
    dl->PopClipRect();
}

int plannedPasses(const core::Attempt& attempt, const std::string& zone) {
    const core::AttemptZone* z = attempt.zone(zone);
    return z && z->passes ? *z->passes : 0;
}

void drawZoneWalk(UiContext& ctx, const std::vector<std::string>& zones, const std::string& current) {
    labelMuted("Zones to needle");
    for (const auto& id : zones) {
        const core::ZoneMeasures* m = ctx.perform && ctx.perform->measures ? ctx.perform->measures->zone(id) : nullptr;
        std::string status = !m || m->strokes == 0 ? "not yet" : std::to_string(static_cast<int>(std::lround(m->coverage * 100.0))) + "% covered";
        if (ctx.perform && !ctx.perform->feedback.figures && m && m->strokes > 0) status = "needled";
        const std::string text = zoneDisplayName(ctx.data.zones, id) + "  -  " + status;
        ImGui::PushID(id.c_str());
        if (selectable(text.c_str(), id == current) && id != current) ctx.actions.push_back(core::cmd::SelectZone{id});
        ImGui::PopID();
    }
}

void drawCartridge(UiContext& ctx) {
    const auto& catalogue = ctx.data.catalogue;
    if (catalogue.cartridges.empty()) return;
    const core::PerformRecord* record = ctx.session.attempt().perform ? &*ctx.session.attempt().perform : nullptr;
    const core::Cartridge* chosen = core::performCartridge(record, catalogue);
    if (beginCombo("Cartridge", "##cartridge", chosen ? chosen->label.c_str() : "")) {
        for (const auto& c : catalogue.cartridges) {
            if (ImGui::Selectable(c.label.c_str(), chosen == &c) && chosen != &c) ctx.actions.push_back(core::cmd::SetCartridge{c.id});
        }
        ImGui::EndCombo();
    }
}

// Arrow keys lay the next lane of the chosen pattern: Down or Right glide
// forward, Up or Left glide back along the same lane line.
void drawKeyboardPath(UiContext& ctx, PerformPanelState& state, const std::string& zone) {
    labelWrapped(kMutedColour, "Keyboard: pick a pattern, then each arrow key lays one lane of it.");
    for (const auto& [name, pattern] : core::patternChoices()) {
        std::string label = name;
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        sameLineIfFits(radioWidth(label.c_str()));
        if (radioButton(label.c_str(), state.pattern == pattern)) state.pattern = pattern;
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || zone.empty()) return;
    const bool forward = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow));
    const bool back = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow));
    if (!forward && !back) return;
    const core::PerformRecord* record = ctx.session.attempt().perform ? &*ctx.session.attempt().perform : nullptr;
    const std::int64_t start = record && !record->empty() ? record->durationMs() + 300 : 0;
    core::PerformStroke lane = core::keyboardLane(ctx.data.zones, zone, state.pattern, ctx.perform ? ctx.perform->headMm : 7.0, state.lane, back, start);
    if (lane.samples.empty()) return;
    ++state.lane;
    ctx.actions.push_back(core::cmd::AddStroke{std::move(lane)});
}

void drawFigures(UiContext& ctx, const std::string& zone) {
    if (!ctx.perform || !ctx.perform->feedback.figures) {
        if (ctx.perform && !ctx.perform->feedback.why.empty()) labelWrapped(kWarnColour, ctx.perform->feedback.why);
        return;
    }
    const core::ZoneMeasures* m = ctx.perform->measures ? ctx.perform->measures->zone(zone) : nullptr;
    const core::AttemptZone* planned = ctx.session.attempt().zone(zone);
    const core::Protocol* protocol = ctx.session.protocol();
    core::ZoneWordsInput in{m, zoneDisplayName(ctx.data.zones, zone), plannedPasses(ctx.session.attempt(), zone),
                            planned ? planned->patterns : std::vector<core::Pattern>{}, protocol ? &protocol->technique : nullptr};
    for (const auto& line : core::performZoneWords(in)) labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), line);
    for (const auto& stray : ctx.perform->measures ? ctx.perform->measures->strays : std::vector<core::StrayStroke>{}) {
        if (stray.fromZone == zone) labelWrapped(stray.kind == core::StrayKind::Untreated ? kWarnColour : kBadColour, core::strayWords(stray, ctx.data.zones, protocol ? protocol->technique : core::TechniqueRules{}));
    }
}

} // namespace perform_panel_detail

std::string performZone(const core::PracticeSession& session) {
    const auto zones = session.performZones();
    if (zones.empty()) return {};
    const auto it = std::find(zones.begin(), zones.end(), session.selectedZone());
    return it != zones.end() ? *it : zones.front();
}

void drawPerformPanel(UiContext& ctx, PerformPanelState& state) {
    using namespace perform_panel_detail;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float sideWidth = std::max(avail.x * 0.36f, std::min(ImGui::GetFontSize() * 22.0f, avail.x * 0.55f));
    const float mapWidth = avail.x - sideWidth - ImGui::GetStyle().ItemSpacing.x;
    const auto zones = ctx.session.performZones();
    const std::string zone = performZone(ctx.session);

    ImGui::BeginChild("performmap", {mapWidth, avail.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const std::string heading = zone.empty() ? std::string("Plan a zone to treat first") : "Needling: " + zoneDisplayName(ctx.data.zones, zone);
    fittedLabel(kAccentColour, heading, ImGui::GetContentRegionAvail().x);
    fittedLabel(kMutedColour, "Drag the pen across the zone (mouse, touch or pen); right-drag pans, the wheel zooms.", ImGui::GetContentRegionAvail().x);
    drawFaceMap("perform", ctx, state.map, performOverlay(ctx, zone), ImGui::GetContentRegionAvail(), 0);
    if (ctx.perform) {
        const ImVec2 mouse = ImGui::GetMousePos();
        const glm::dvec2 panel{mouse.x - state.map.screenX, mouse.y - state.map.screenY};
        const bool inside = panel.x >= 0 && panel.y >= 0 && panel.x < state.map.viewport.panelSize.x && panel.y < state.map.viewport.panelSize.y;
        if (ctx.perform->penDown) {
            drawPenHead(ctx, state.map, ctx.perform->penMap, true);
        } else if (inside && ImGui::IsWindowHovered()) {
            drawPenHead(ctx, state.map, state.map.viewport.panelToMap(panel), false);
        }
    }
    ImGui::EndChild();
    ImGui::SameLine();

    // The scrollbar's gutter is kept even while everything fits: when the
    // figures grow past the panel, a scrollbar appearing would narrow and
    // re-wrap every line mid-stroke (and redraw the whole side panel).
    ImGui::BeginChild("performside", {sideWidth, avail.y}, true, ImGuiWindowFlags_AlwaysVerticalScrollbar);
    drawZoneWalk(ctx, zones, zone);
    ImGui::Separator();
    drawCartridge(ctx);
    drawFigures(ctx, zone);
    ImGui::Separator();
    drawKeyboardPath(ctx, state, zone);
    ImGui::Separator();
    const auto it = std::find(zones.begin(), zones.end(), zone);
    if (!zone.empty()) {
        if (button("Clear this zone")) ctx.actions.push_back(core::cmd::ClearStrokes{zone});
        sameLineIfFits(buttonWidth("Auto-perform this zone"));
        if (button("Auto-perform this zone")) {
            const int passes = std::max(plannedPasses(ctx.session.attempt(), zone), 1);
            ctx.actions.push_back(core::cmd::PerformAuto{zone, state.pattern, passes, true});
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("For those who cannot drag: lays the chosen pattern for the planned passes.\nThe technique section is then not assessed.");
    }
    if (it != zones.end() && it + 1 != zones.end()) {
        if (button("Next zone  >")) {
            ctx.actions.push_back(core::cmd::SelectZone{*(it + 1)});
            state.lane = 0;
        }
        ImGui::SameLine();
    }
    if (button("Aftercare  >")) ctx.actions.push_back(core::cmd::GoTo{core::Stage::Aftercare});
    const core::PerformRecord* record = ctx.session.attempt().perform ? &*ctx.session.attempt().perform : nullptr;
    if (record && record->anyGenerated()) labelWrapped(kWarnColour, "Auto-perform was used: the zones it drew will not be assessed.");
    ImGui::EndChild();
}

} // namespace ui
