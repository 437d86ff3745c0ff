// Technique debrief: reads PerformView (app/perform_live) and the attempt;
// emits ReplaySeek, ReplayPlay and ReplaySpeed.
#include "ui/practice/perform_debrief.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

#include "practice/perform_words.hpp"

#include <cmath>
#include <cstdio>

namespace ui {

namespace perform_debrief_detail {

FaceMapOverlay coverageOverlay(const UiContext& ctx, const render::CoverageDraw* coverage, bool outlineTargets) {
    FaceMapOverlay overlay;
    const auto& zones = ctx.data.zones.zones();
    overlay.fill.assign(zones.size(), glm::vec4{0.0f});
    for (const auto& z : ctx.session.attempt().zones) {
        const core::Zone* mapZone = ctx.data.zones.find(z.zone);
        if (!mapZone || !outlineTargets) continue;
        // The target: treated zones stay light so the heat shows through; avoided ones are dark.
        overlay.fill[static_cast<std::size_t>(mapZone - zones.data())] =
            z.action == core::ZoneAction::Treat ? glm::vec4{1.0f, 1.0f, 1.0f, 0.12f} : kPlanAvoidFill;
        overlay.labels[z.zone] = z.action == core::ZoneAction::Treat ? "target" : "AVOID";
    }
    overlay.fitzpatrick = ctx.session.currentCase()->client.fitzpatrick;
    overlay.selectable = false;
    overlay.emitSelect = false;
    overlay.showFindings = false;
    overlay.coverage = coverage;
    return overlay;
}

std::string clock(long long ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%04.1f", ms / 60000, static_cast<double>(ms % 60000) / 1000.0);
    return text;
}

void drawReplayControls(UiContext& ctx, const PerformView& view) {
    if (button(view.playing ? "Pause" : "Play replay")) ctx.actions.push_back(act::ReplayPlay{!view.playing});
    for (const float speed : {0.5f, 1.0f, 2.0f, 4.0f, 8.0f}) {
        char speedLabel[16];
        std::snprintf(speedLabel, sizeof speedLabel, speed < 1.0f ? "%.1fx" : "%.0fx", static_cast<double>(speed));
        sameLineIfFits(radioWidth(speedLabel));
        if (radioButton(speedLabel, std::abs(view.speed - speed) < 0.01f)) ctx.actions.push_back(act::ReplaySpeed{speed});
    }
    const std::string time = clock(view.replayMs) + " / " + clock(view.durationMs);
    int ms = static_cast<int>(view.replayMs);
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(time.c_str()).x - ImGui::GetStyle().ItemSpacing.x, 60.0f));
    if (ImGui::SliderInt("##timeline", &ms, 0, static_cast<int>(std::max<long long>(view.durationMs, 1)), "")) {
        ctx.actions.push_back(act::ReplaySeek{ms});
    }
    ImGui::SameLine();
    label(time);
}

void drawZoneFigures(const UiContext& ctx) {
    const core::Protocol* protocol = ctx.session.protocol();
    // The grader's figures once graded (its strays know the key's avoided zones too).
    const core::PerformMeasures* measures = ctx.session.report() ? &ctx.session.report()->perform : ctx.perform->measures;
    for (const auto& zone : ctx.session.performZones()) {
        const core::ZoneMeasures* m = measures ? measures->zone(zone) : nullptr;
        const core::AttemptZone* planned = ctx.session.attempt().zone(zone);
        labelColoured(kAccentColour, zoneDisplayName(ctx.data.zones, zone));
        core::ZoneWordsInput in{m, zoneDisplayName(ctx.data.zones, zone), planned && planned->passes ? *planned->passes : 0,
                                planned ? planned->patterns : std::vector<core::Pattern>{}, protocol ? &protocol->technique : nullptr};
        for (const auto& line : core::performZoneWords(in)) labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), line);
    }
    if (measures) {
        for (const auto& stray : measures->strays) {
            labelWrapped(stray.kind == core::StrayKind::Untreated ? kWarnColour : kBadColour, core::strayWords(stray, ctx.data.zones, protocol ? protocol->technique : core::TechniqueRules{}));
        }
    }
}

} // namespace perform_debrief_detail

bool hasPerformDebrief(const UiContext& ctx) {
    const auto& perform = ctx.session.attempt().perform;
    return ctx.perform && perform && !perform->empty();
}

void drawPerformDebrief(UiContext& ctx, UiState& state, ImVec2 size) {
    using namespace perform_debrief_detail;
    const PerformView& view = *ctx.perform;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float controls = ImGui::GetFrameHeightWithSpacing() * 2.0f;
    const float figures = std::max(size.y * 0.3f, ImGui::GetTextLineHeightWithSpacing() * 4.0f);
    const float half = (size.x - style.ItemSpacing.x) * 0.5f;
    // On a short column the maps keep a usable size and the column scrolls.
    const float mapHeight = std::max(size.y - controls - figures - ImGui::GetTextLineHeightWithSpacing() - style.ItemSpacing.y * 2.0f, half * 1.1f);
    ImGui::BeginGroup();
    fittedLabel(kMutedColour, "Coverage heat map and the target", half);
    drawFaceMap("heat", ctx, state.debriefYours, coverageOverlay(ctx, view.heat, true), {half, mapHeight}, 1);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    fittedLabel(kMutedColour, "Replay of your strokes", half);
    drawFaceMap("replay", ctx, state.debriefExpert, coverageOverlay(ctx, view.replay, false), {half, mapHeight}, 2);
    ImGui::EndGroup();
    drawReplayControls(ctx, view);
    ImGui::BeginChild("performfigures", {0.0f, std::max(ImGui::GetContentRegionAvail().y, figures)}, false);
    if (ctx.session.attempt().perform && ctx.session.attempt().perform->anyGenerated()) {
        labelWrapped(kWarnColour, "Auto-perform drew some of these strokes: the zones it drew are not assessed.");
    }
    drawZoneFigures(ctx);
    ImGui::EndChild();
}

} // namespace ui
