// Debrief panel: reads the Report; emits Retry, NextCase, BackToLibrary.
#include "ui/practice/debrief_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/face_map_widget.hpp"

#include "validation/case_checks.hpp"

#include <cstdio>

namespace ui {
namespace {

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

FaceMapOverlay expertOverlay(const UiContext& ctx, core::MapView view) {
    FaceMapOverlay overlay;
    overlay.view = view;
    const core::Case& c = *ctx.session.currentCase();
    overlay.fill.assign(ctx.data.zones.zones().size(), glm::vec4{0.0f});
    const core::Protocol* p = ctx.session.protocol();
    for (const auto& key : c.key.zones) {
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
        if (band) std::snprintf(text, sizeof text, "%.3g-%.3g", band->min, band->max);
        overlay.labels[key.zone] = text;
    }
    overlay.selectable = false;
    overlay.fitzpatrick = c.client.fitzpatrick;
    return overlay;
}

void drawSummary(UiContext& ctx, const core::Report& r) {
    ImGui::PushStyleColor(ImGuiCol_Text, r.passed ? kGoodColour : kBadColour);
    ImGui::SetWindowFontScale(1.8f);
    ImGui::Text("%.1f / 100  %s", r.total, r.passed ? "PASSED" : "FAILED");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    labelWrapped(kMutedColour, "Pass mark " + std::to_string(static_cast<int>(r.passMark + 0.5)) + ", graded under " +
                                   (ctx.session.protocol() ? ctx.session.protocol()->title : r.protocolId));
    if (!r.critical.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.35f, 0.10f, 0.10f, 0.55f));
        const float h = ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(r.critical.size()) * 2.0f + 1.5f);
        ImGui::BeginChild("critical", {0.0f, h}, true);
        labelWrapped(kBadColour, "Critical errors: these fail the attempt whatever the points");
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& c : r.critical) ImGui::TextWrapped("- %s", c.message.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
}

void drawSectionBars(const core::Report& r) {
    for (const auto& s : r.sections) {
        char overlay[64];
        if (s.max <= 0.0) {
            std::snprintf(overlay, sizeof overlay, "%s: not graded in this case", core::sectionLabel(s.section, r.followUp).c_str());
            labelledProgressBar(0.0f, overlay); // the label moves above a bar too narrow for it
            continue;
        }
        std::snprintf(overlay, sizeof overlay, "%s  %.1f / %.0f", core::sectionLabel(s.section, r.followUp).c_str(), s.score, s.max);
        labelledProgressBar(static_cast<float>(s.score / s.max), overlay);
    }
}

void drawItems(const core::Report& r) {
    for (auto section : {core::Section::Screening, core::Section::Plan, core::Section::Aftercare, core::Section::Schedule}) {
        const core::SectionScore* s = r.section(section);
        if (!s || s->max <= 0.0) continue;
        const std::string title = core::sectionLabel(section, r.followUp) + "##items";
        if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& item : r.items) {
            if (item.section != section) continue;
            const bool full = item.points >= item.max && item.points >= 0.0;
            ImGui::TextColored(full ? kGoodColour : (item.points < 0.0 || item.points < item.max ? kBadColour : kMutedColour),
                               "%+.2g / %.2g", item.points, item.max);
            ImGui::SameLine();
            ImGui::Text("%s: expected %s, given %s", item.id().c_str(), item.expected.c_str(), item.given.c_str());
            ImGui::Indent();
            ImGui::TextUnformatted(item.explanation().c_str());
            if (item.citations.empty()) {
                ImGui::TextColored(kMutedColour, "Source: %s [%s]", item.source.str().c_str(), item.tier.c_str());
            } else {
                // The short citation opens to the full references (click, or Enter when focused).
                ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
                const std::string label = "Source: " + item.source.str() + " [" + item.tier + "]##" + item.id();
                const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
                ImGui::PopStyleColor();
                if (open) {
                    ImGui::TextUnformatted(item.citations.str().c_str());
                    ImGui::TreePop();
                }
            }
            ImGui::Unindent();
        }
        ImGui::PopTextWrapPos();
    }
}

} // namespace

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
    const auto& report = ctx.session.report();
    const core::Case* c = ctx.session.currentCase();
    if (!report || !c) return;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float leftWidth = avail.x * 0.55f;
    ImGui::BeginChild("debriefmap", {leftWidth, avail.y}, false);
    drawSummary(ctx, *report);
    int view = static_cast<int>(state.debriefView);
    ImGui::RadioButton("Your plan", &view, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Expert plan", &view, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Side by side", &view, 2);
    state.debriefView = static_cast<DebriefView>(view);
    // Your plan and the expert's on the picture chosen for this case (face or body).
    const core::CaseViews views = core::caseViews(*c, &ctx.session.attempt(), ctx.data.zones, ctx.data.catalogue);
    const core::MapView shown = shownMapView(ctx.mapViews, c->id, views);
    drawMapViewToggle(ctx, c->id, views.body, shown);
    const bool skipped = !core::isTreatingDecision(c->key.decision.expected);
    if (skipped) ImGui::TextColored(kWarnColour, "Expert decision: %s. %s", core::toString(c->key.decision.expected).c_str(), "No plan is made today.");
    const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * 4.6f;
    ImVec2 mapSize = ImGui::GetContentRegionAvail();
    mapSize.y -= legendHeight;
    // The grader wrote each zone's verdict into the Report; the map only draws it.
    const std::map<std::string, core::ZoneVerdict> none;
    const auto& verdicts = ctx.session.report() ? ctx.session.report()->zoneVerdicts : none;
    if (state.debriefView == DebriefView::SideBySide) {
        const float half = (mapSize.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        ImGui::BeginGroup();
        ImGui::TextColored(kMutedColour, "Your plan");
        drawFaceMap("yours", ctx, state.debriefYours, yoursOverlay(ctx, verdicts, shown), {half, mapSize.y - ImGui::GetTextLineHeightWithSpacing()}, 1);
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::TextColored(kMutedColour, "Expert plan");
        drawFaceMap("expert", ctx, state.debriefExpert, expertOverlay(ctx, shown), {half, mapSize.y - ImGui::GetTextLineHeightWithSpacing()}, 2);
        ImGui::EndGroup();
    } else if (state.debriefView == DebriefView::Expert) {
        drawFaceMap("expert", ctx, state.debriefExpert, expertOverlay(ctx, shown), mapSize, 2);
    } else {
        drawFaceMap("yours", ctx, state.debriefYours, yoursOverlay(ctx, verdicts, shown), mapSize, 1);
    }
    if (ImGui::BeginTable("legend", 3)) {
        for (auto v : kAllVerdicts) {
            ImGui::TableNextColumn();
            const glm::vec4 col = verdictColour(v);
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(pos, {pos.x + h, pos.y + h}, ImGui::GetColorU32(ImVec4(col.r, col.g, col.b, 1.0f)), 3.0f);
            ImGui::Dummy({h, h});
            ImGui::SameLine();
            ImGui::Text("%s %s", core::verdictLabel(v).c_str(), verdictText(v));
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("debriefitems", {0.0f, avail.y}, true);
    drawSectionBars(*report);
    ImGui::Spacing();
    if (button("Retry this case")) ctx.actions.push_back(core::cmd::Retry{});
    ImGui::SameLine();
    if (button("Next case  >")) ctx.actions.push_back(core::cmd::NextCase{});
    ImGui::SameLine();
    if (button("Library")) ctx.actions.push_back(core::cmd::BackToLibrary{});
    ImGui::Spacing();
    ImGui::TextColored(kAccentColour, "Why, point by point");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(kMutedColour, "Expected decision: %s. %s", core::toString(c->key.decision.expected).c_str(), c->key.decision.reason.str().c_str());
    ImGui::PopTextWrapPos();
    drawItems(*report);
    ImGui::EndChild();
}

} // namespace ui
