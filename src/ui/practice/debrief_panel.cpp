// Debrief panel: reads the Report; emits Retry, NextCase, BackToLibrary and
// HighlightOnMap (its lines are debrief_lines', "since last time" debrief_since's).
#include "ui/practice/debrief_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/drawn_text.hpp"
#include "ui/common/flow_legend.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/practice/debrief_lines.hpp"
#include "ui/practice/debrief_since.hpp"
#include "ui/practice/perform_debrief.hpp"

#include "validation/case_checks.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {
namespace debrief_panel_detail {

const core::ZoneVerdict kAllVerdicts[] = {core::ZoneVerdict::Correct,  core::ZoneVerdict::Technique, core::ZoneVerdict::TooShallow,
                                          core::ZoneVerdict::TooDeep,  core::ZoneVerdict::Missed,    core::ZoneVerdict::MustAvoid,
                                          core::ZoneVerdict::Unplanned};

const char* verdictText(core::ZoneVerdict v) {
    switch (v) {
    case core::ZoneVerdict::Correct: return "correct";
    case core::ZoneVerdict::Technique: return "technique";
    case core::ZoneVerdict::TooShallow: return "too shallow";
    case core::ZoneVerdict::TooDeep: return "too deep";
    case core::ZoneVerdict::Missed: return "missed";
    case core::ZoneVerdict::MustAvoid: return "must avoid";
    case core::ZoneVerdict::Unplanned: return "not planned";
    }
    return "?";
}

FaceMapOverlay yoursOverlay(const UiContext& ctx, const std::map<std::string, core::ZoneVerdict>& verdicts, core::MapView view) {
    FaceMapOverlay overlay;
    overlay.view = view;
    overlay.fill.assign(ctx.data.zones.zones().size(), glm::vec4{0.0f});
    for (const auto& [zoneId, verdict] : verdicts) {
        const core::Zone* zone = ctx.data.zones.find(zoneId);
        if (!zone) continue;
        overlay.fill[static_cast<std::size_t>(zone - ctx.data.zones.zones().data())] = verdictColour(verdict);
        overlay.labels[zoneId] = core::verdictLabel(verdict);
    }
    overlay.selectable = false;
    overlay.fitzpatrick = ctx.session.currentCase()->client.fitzpatrick;
    return overlay;
}

// The expert's plan as graded: none when the expected decision does not treat
// today (a running wait defers a key that treats).
FaceMapOverlay expertOverlay(const UiContext& ctx, core::MapView view, bool treatsToday) {
    FaceMapOverlay overlay;
    overlay.view = view;
    const core::Case& c = *ctx.session.currentCase();
    overlay.fill.assign(ctx.data.zones.zones().size(), glm::vec4{0.0f});
    const core::Protocol* p = ctx.session.protocol();
    const std::vector<core::KeyZone> noPlan;
    for (const auto& key : treatsToday ? c.key.zones : noPlan) {
        const core::Zone* zone = ctx.data.zones.find(key.zone);
        if (!zone) continue;
        const auto index = static_cast<std::size_t>(zone - ctx.data.zones.zones().data());
        if (key.action == core::ZoneAction::Avoid) {
            overlay.fill[index] = {0.16f, 0.17f, 0.22f, 0.6f};
            overlay.labels[key.zone] = "AVOID";
            continue;
        }
        overlay.fill[index] = {0.05f, 0.60f, 0.62f, 0.45f};
        const auto band = p ? core::effectiveBand(key, *p, c.client.fitzpatrick) : std::nullopt;
        char text[48] = "treat";
        if (band) std::snprintf(text, sizeof text, "%.3g-%.3g mm", band->min, band->max);
        overlay.labels[key.zone] = text;
    }
    overlay.selectable = false;
    overlay.fitzpatrick = c.client.fitzpatrick;
    return overlay;
}

void drawSummary(UiContext& ctx, const core::Report& r) {
    ImGui::PushStyleColor(ImGuiCol_Text, r.passed ? kGoodColour : kBadColour);
    // Large, but never wider than the column: at 1024x640 and 200% "PASSED" was cut.
    const std::string score = formatted("%.1f / 100  %s", r.total, r.passed ? "PASSED" : "FAILED");
    const float width = ImGui::CalcTextSize(score.c_str()).x;
    const float available = ImGui::GetContentRegionAvail().x;
    ImGui::SetWindowFontScale(width > 0.0f ? std::clamp(available / width, 1.0f, 1.8f) : 1.8f);
    ui::label(score);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    labelWrapped(kMutedColour, "Pass mark " + std::to_string(static_cast<int>(r.passMark + 0.5)) + ", graded under " +
                                   (ctx.session.protocol() ? ctx.session.protocol()->title : r.protocolId));
    if (!r.critical.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.35f, 0.10f, 0.10f, 0.55f));
        // At most a quarter of the column (it scrolls beyond), so the map keeps its room at a large UI scale.
        const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(r.critical.size()) * 2.0f + 1.5f),
                                 std::max(ImGui::GetFrameHeightWithSpacing() * 2.0f, ImGui::GetContentRegionAvail().y * 0.25f));
        ImGui::BeginChild("critical", {0.0f, h}, true);
        labelWrapped(kBadColour, "Critical errors: these fail the attempt whatever the points");
        for (const auto& c : r.critical) textWrappedKeepingUnits("- " + c.message);
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
}

// A bar for each graded section; the sections this case does not grade share
// one line, so the bars take little height from the mistakes below.
void drawSectionBars(const core::Report& r) {
    std::string ungraded;
    for (const auto& s : r.sections) {
        if (s.max <= 0.0) {
            ungraded += (ungraded.empty() ? "" : ", ") + core::sectionLabel(s.section, r.followUp);
            continue;
        }
        char overlay[64];
        std::snprintf(overlay, sizeof overlay, "%s  %.1f / %.0f", core::sectionLabel(s.section, r.followUp).c_str(), s.score, s.max);
        labelledProgressBar(static_cast<float>(s.score / s.max), overlay); // the label moves above a bar too narrow for it
    }
    if (!ungraded.empty()) labelWrapped(kMutedColour, "Not graded here: " + ungraded);
}

// The line clicked in the list, outlined (its zone) or ringed (its finding) on either map.
void applyHighlight(const UiContext& ctx, const DebriefPanelState& state, FaceMapOverlay& overlay) {
    if (!state.highlightZone.empty()) overlay.highlightZone = state.highlightZone;
    const core::Case* c = ctx.session.currentCase();
    for (std::size_t i = 0; c && i < c->findings.size(); ++i) {
        if (!state.highlightFinding.empty() && c->findings[i].id == state.highlightFinding) overlay.highlightFinding = static_cast<int>(i);
    }
    overlay.showCatalogueNames = true; // the debrief may name what the finding was
}

// Only the verdicts on the map shown (none for the expert's alone), so the
// legend takes no more rows than it must from the map at a large UI scale.
std::vector<LegendEntry> verdictLegend(const std::map<std::string, core::ZoneVerdict>& verdicts, DebriefView view) {
    std::vector<LegendEntry> entries;
    if (view == DebriefView::Expert) return entries;
    for (auto v : kAllVerdicts) {
        if (std::none_of(verdicts.begin(), verdicts.end(), [v](const auto& zoneVerdict) { return zoneVerdict.second == v; })) continue;
        const glm::vec4 col = verdictColour(v);
        entries.push_back({ImVec4(col.r, col.g, col.b, 1.0f), core::verdictLabel(v) + " " + verdictText(v)});
    }
    return entries;
}

void drawDebriefItems(UiContext& ctx, UiState& state, const core::Report& report, const core::Case* c, float height) {
    ImGui::BeginChild("debriefitems", {0.0f, height}, true);
    drawSectionBars(report);
    ImGui::Spacing();
    // The filter and "since last time" (shut) come before the buttons, in reach
    // before the list scrolls; the buttons wrap rather than run past the edge.
    checkbox("Only lines that lost points", &state.debrief.onlyLost);
    drawSinceLastTime(ctx);
    ImGui::Spacing();
    if (button("Retry this case")) ctx.actions.push_back(core::cmd::Retry{});
    sameLineIfFits(buttonWidth("Next case  >"));
    if (button("Next case  >")) ctx.actions.push_back(core::cmd::NextCase{});
    sameLineIfFits(buttonWidth("Library"));
    if (button("Library")) ctx.actions.push_back(core::cmd::BackToLibrary{});
    if (ctx.session.stageAccess(core::Stage::Visits)) {
        const char* visits = "Follow-up visits  >";
        sameLineIfFits(buttonWidth(visits));
        if (button(visits)) ctx.actions.push_back(core::cmd::PlayVisit{std::max(ctx.session.currentVisit(), 1)});
    }
    ImGui::Spacing();
    labelColoured(kAccentColour, "Why, point by point");
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    const core::ExpectedDecision expected = core::expectedDecision(&report, *c);
    textWrappedKeepingUnits("Expected decision: " + core::decisionWords(expected.decision) + ". " + expected.reason);
    ImGui::PopStyleColor();
    drawDebriefLines(ctx, state.debrief);
    ImGui::EndChild();
}

} // namespace debrief_panel_detail

glm::vec4 verdictColour(core::ZoneVerdict v) {
    switch (v) {
    case core::ZoneVerdict::Correct: return {0.0f, 0.62f, 0.45f, 0.70f};
    case core::ZoneVerdict::Technique: return {0.94f, 0.89f, 0.26f, 0.70f};
    case core::ZoneVerdict::TooShallow: return {0.34f, 0.71f, 0.91f, 0.70f};
    case core::ZoneVerdict::TooDeep: return {0.90f, 0.62f, 0.0f, 0.70f};
    case core::ZoneVerdict::Missed: return {0.80f, 0.47f, 0.65f, 0.70f};
    case core::ZoneVerdict::MustAvoid: return {0.84f, 0.37f, 0.0f, 0.80f};
    case core::ZoneVerdict::Unplanned: return {0.0f, 0.45f, 0.70f, 0.70f};
    }
    return {0, 0, 0, 0};
}

void drawDebriefPanel(UiContext& ctx, UiState& state) {
    using namespace debrief_panel_detail;
    const auto& report = ctx.session.report();
    const core::Case* c = ctx.session.currentCase();
    if (!report || !c) return;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float leftWidth = avail.x * 0.55f;
    ImGui::BeginChild("debriefmap", {leftWidth, avail.y}, false);
    drawSummary(ctx, *report);
    // The views wrap in a narrow column rather than run past its edge; the
    // technique view is offered only when the attempt was performed.
    const bool technique = hasPerformDebrief(ctx);
    if (!technique && state.debriefView == DebriefView::Technique) state.debriefView = DebriefView::Yours;
    const std::pair<const char*, DebriefView> viewChoices[] = {
        {"Your plan", DebriefView::Yours}, {"Expert plan", DebriefView::Expert}, {"Side by side", DebriefView::SideBySide}, {"Technique", DebriefView::Technique}};
    const std::size_t shownChoices = technique ? std::size(viewChoices) : std::size(viewChoices) - 1;
    for (std::size_t i = 0; i < shownChoices; ++i) {
        if (i > 0) sameLineIfFits(radioWidth(viewChoices[i].first));
        if (radioButton(viewChoices[i].first, state.debriefView == viewChoices[i].second)) state.debriefView = viewChoices[i].second;
    }
    if (state.debriefView == DebriefView::Technique) {
        drawPerformDebrief(ctx, state, ImGui::GetContentRegionAvail());
        ImGui::EndChild();
        ImGui::SameLine();
        drawDebriefItems(ctx, state, *report, c, avail.y);
        return;
    }
    // Your plan and the expert's on the picture chosen for this case (face or body).
    const core::CaseViews views = core::caseViews(*c, &ctx.session.attempt(), ctx.data.zones, ctx.data.catalogue);
    const core::MapView shown = shownMapView(ctx.mapViews, c->id, views);
    drawMapViewToggle(ctx, c->id, views.body, shown);
    const core::ExpectedDecision expected = core::expectedDecision(&*report, *c);
    const bool skipped = !core::isTreatingDecision(expected.decision);
    if (skipped) labelWrapped(kWarnColour, formatted("Expert decision: %s. No plan is made today.", core::decisionWords(expected.decision).c_str()));
    // The grader wrote each zone's verdict into the Report; the map only draws it.
    const std::map<std::string, core::ZoneVerdict> none;
    const auto& verdicts = ctx.session.report() ? ctx.session.report()->zoneVerdicts : none;
    const std::vector<LegendEntry> legend = verdictLegend(verdicts, state.debriefView);
    ImVec2 mapSize = ImGui::GetContentRegionAvail();
    mapSize.y -= flowLegendHeight(legend, mapSize.x) + ImGui::GetStyle().ItemSpacing.y * 2.0f;
    FaceMapOverlay yours = yoursOverlay(ctx, verdicts, shown);
    FaceMapOverlay expert = expertOverlay(ctx, shown, !skipped);
    applyHighlight(ctx, state.debrief, yours);
    applyHighlight(ctx, state.debrief, expert);
    if (state.debriefView == DebriefView::SideBySide) {
        const float half = (mapSize.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        ImGui::BeginGroup();
        labelColoured(kMutedColour, "Your plan");
        drawFaceMap("yours", ctx, state.debriefYours, yours, {half, mapSize.y - ImGui::GetTextLineHeightWithSpacing()}, 1);
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        labelColoured(kMutedColour, "Expert plan");
        drawFaceMap("expert", ctx, state.debriefExpert, expert, {half, mapSize.y - ImGui::GetTextLineHeightWithSpacing()}, 2);
        ImGui::EndGroup();
    } else if (state.debriefView == DebriefView::Expert) {
        drawFaceMap("expert", ctx, state.debriefExpert, expert, mapSize, 2);
    } else {
        drawFaceMap("yours", ctx, state.debriefYours, yours, mapSize, 1);
    }
    drawFlowLegend(legend, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    ImGui::SameLine();
    drawDebriefItems(ctx, state, *report, c, avail.y);
}

} // namespace ui
