// Follow-up visits panel: reads the session's VisitTimeline, choices and Report;
// emits PlayVisit, ToggleManagement, ConfirmManagement and GoTo (the graded
// lines are debrief_lines'). Whether a visit is graded or locked is core's, and
// so is what it may show (result, likelihood, spared risks, the debrief link):
// core's visitFeedback, everything in practice and the exam's policy in a sitting.
#include "ui/practice/visits_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/drawn_text.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"
#include "ui/practice/debrief_lines.hpp"

#include "exam/visit_feedback.hpp"
#include "model/stroke_direction.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {
namespace visits_panel_detail {

const char* const kSessionDayLabel = "Show the session day"; // the face before the outcome, to compare

void drawVisitButtons(UiContext& ctx, const core::VisitTimeline& timeline, int current) {
    for (const core::Visit& visit : timeline.visits) {
        if (visit.number > 1) sameLineIfFits(buttonWidth(visit.label.c_str()));
        const bool here = visit.number == current;
        if (here) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(visit.label.c_str()) && !here) ctx.actions.push_back(core::cmd::PlayVisit{visit.number});
        if (here) ImGui::PopStyleColor();
    }
}

void drawFace(UiContext& ctx, UiState& state, const core::Case& c, const core::Visit* visit) {
    FaceMapOverlay overlay;
    overlay.fill.assign(ctx.data.zones.zones().size(), glm::vec4{0.0f});
    overlay.selectable = false;
    overlay.emitSelect = false;
    overlay.showFindings = false; // the markers would hide what the visit draws
    overlay.skinCase = &c;       // before a visit: the face as it was on the day
    overlay.fitzpatrick = c.client.fitzpatrick;
    // The visit's face: the case's own layers, then the outcome's, with tracks
    // running the way the attempt's strokes went.
    checkbox(kSessionDayLabel, &state.visitSessionDayFace);
    std::vector<core::SkinLayerDraw> draws;
    if (visit && !state.visitSessionDayFace) {
        const std::vector<core::SkinLayer> layers = core::withStrokeDirections(visit->skin, ctx.session.attempt());
        draws = core::skinLayerDraws(layers, c.id, ctx.data.zones);
        overlay.skinDraws = &draws;
    }
    drawFaceMap("visit", ctx, state.visitMap, overlay, ImGui::GetContentRegionAvail(), 1);
}

void drawMessages(const core::VisitTimeline& timeline, const core::Visit& visit, const core::VisitFeedback& shown) {
    if (visit.messages.empty()) {
        labelWrapped(kMutedColour, "No news from the client at this time point.");
        return;
    }
    for (const core::VisitMessage& message : visit.messages) {
        const core::VisitOutcome* outcome = timeline.outcome(message.outcomeId);
        ImGui::Spacing();
        labelColoured(kMutedColour, "The client says");
        textWrappedKeepingUnits("\"" + message.clientSays.str() + "\"");
        labelColoured(kMutedColour, "You see");
        textWrappedKeepingUnits(message.practitionerSees.str());
        if (outcome && shown.likelihood) labelWrapped(kWarnColour, "How likely: " + core::likelihoodWords(*outcome));
        ImGui::Separator();
    }
}

// The choices as ticks, in two columns when the panel is wide enough, so the
// graded lines below stay in view. Before confirming they are a draft; once
// confirmed core locks them, and they show greyed out.
void drawChoices(UiContext& ctx, const core::Visit& visit, bool resultShown) {
    ImGui::Spacing();
    ImGui::TextColored(kAccentColour, "What do you do?");
    const std::vector<core::ManagementChoice> ticked = ctx.session.visitChoices(visit.number);
    const bool confirmed = ctx.session.visitConfirmed(visit.number);
    const bool twoColumns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 30.0f;
    if (confirmed) ImGui::BeginDisabled();
    if (!twoColumns || ImGui::BeginTable("choices", 2)) {
        for (const auto& [name, choice] : core::managementChoices()) {
            if (twoColumns) ImGui::TableNextColumn();
            bool on = std::find(ticked.begin(), ticked.end(), choice) != ticked.end();
            if (checkbox(core::managementLabel(choice).c_str(), &on)) ctx.actions.push_back(core::cmd::ToggleManagement{choice});
        }
        if (twoColumns) ImGui::EndTable();
    }
    if (confirmed) {
        ImGui::EndDisabled();
        labelWrapped(kMutedColour, resultShown ? "Confirmed: these choices are graded below and stay as they are for this attempt."
                                               : "Confirmed: these choices are graded when the exam is handed in, and stay as they are.");
        return;
    }
    ImGui::Spacing();
    // A button's label cannot wrap: in a narrow column (large UI scale) it is shortened.
    // In a sitting that shows no result, nothing is seen after confirming.
    const bool longFits = buttonWidth("Confirm and see how it went") <= ImGui::GetContentRegionAvail().x;
    const char* confirm = resultShown && longFits ? "Confirm and see how it went" : "Confirm";
    if (ticked.empty()) ImGui::BeginDisabled();
    if (button(confirm)) ctx.actions.push_back(core::cmd::ConfirmManagement{});
    if (ticked.empty()) ImGui::EndDisabled();
    labelWrapped(kMutedColour, ticked.empty() ? "Tick what you would do, then confirm: it is graded once, and cannot be changed after."
                                              : "Confirming grades these choices; they cannot be changed after.");
}

// The visits section, as the debrief shows a section: its bar, then its lines.
// Shown once this visit is confirmed, never while choices are still a draft.
void drawResult(UiContext& ctx, UiState& state, const core::Visit& visit) {
    const auto& report = ctx.session.report();
    if (!report || !report->visitsPlayed || !ctx.session.visitConfirmed(visit.number)) return;
    ImGui::Spacing();
    ImGui::TextColored(kAccentColour, "How you managed it");
    for (const auto& s : report->sections) {
        if (s.section != core::Section::Visits || s.max <= 0.0) continue;
        char overlay[96];
        std::snprintf(overlay, sizeof overlay, "%s  %.1f / %.0f", core::sectionLabel(s.section, report->followUp).c_str(), s.score, s.max);
        labelledProgressBar(static_cast<float>(s.score / s.max), overlay);
    }
    // The visits' own critical errors (the plan's are on the debrief).
    bool headed = false;
    for (const auto& c : report->critical) {
        if (!c.id.starts_with("visit_critical:")) continue;
        if (!headed) labelWrapped(kBadColour, "Critical errors: these fail the attempt whatever the points");
        headed = true;
        textWrappedKeepingUnits("- " + c.message);
    }
    drawDebriefLines(ctx, state.debrief, core::Section::Visits);
}

void drawSpared(const core::VisitTimeline& timeline) {
    const auto spared = timeline.sparedRisks();
    if (spared.empty()) return;
    ImGui::Spacing();
    labelWrapped(kMutedColour, "This plan also carried risks that did not happen this time:");
    for (const core::VisitOutcome* risk : spared) textWrappedKeepingUnits("- " + risk->label + " (" + core::toString(risk->likelihood) + ")");
}

} // namespace visits_panel_detail

const core::Exam* sittingExam(const UiContext& ctx) {
    const bool sitting = ctx.exam && ctx.exam->session && !ctx.exam->session->submitted();
    return sitting ? &ctx.exam->session->exam() : nullptr;
}

void drawVisitsPanel(UiContext& ctx, UiState& state) {
    using namespace visits_panel_detail;
    const core::Case* c = ctx.session.currentCase();
    const core::VisitTimeline& timeline = ctx.session.timeline();
    if (!c) return;
    const int current = ctx.session.currentVisit();
    const core::Visit* visit = timeline.visit(current);
    // The face takes the whole left column; the time points, the story, the
    // choices and the result scroll on the right.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("visitsface", {avail.x * 0.48f, avail.y}, false, ImGuiWindowFlags_NoScrollbar);
    drawFace(ctx, state, *c, visit);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("visitstext", {0.0f, avail.y}, true);
    ImGui::TextColored(kAccentColour, "Follow-up visits");
    labelWrapped(kMutedColour, "What happened after this session, and what you do about it.");
    drawVisitButtons(ctx, timeline, current);
    const core::VisitFeedback shown = core::visitFeedback(sittingExam(ctx));
    if (shown.debriefLink && button("<  Debrief")) ctx.actions.push_back(core::cmd::GoTo{core::Stage::Debrief});
    if (const core::Visit* next = timeline.visit(current + 1)) {
        const std::string label = "Next: " + next->label + "  >";
        if (shown.debriefLink) sameLineIfFits(buttonWidth(label.c_str()));
        if (button(label.c_str())) ctx.actions.push_back(core::cmd::PlayVisit{next->number});
    }
    ImGui::Separator();
    if (!visit) {
        labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), "The client comes back " + std::to_string(timeline.visits.size()) +
                                                                  (timeline.visits.size() == 1 ? " time" : " times") +
                                                                  " after the session. Choose a time point to see how they are.");
        ImGui::EndChild();
        return;
    }
    labelWrapped(kAccentColour, visit->label + " after the session");
    drawMessages(timeline, *visit, shown);
    drawChoices(ctx, *visit, shown.result);
    if (shown.result) drawResult(ctx, state, *visit);
    if (shown.sparedRisks && !timeline.visit(current + 1)) drawSpared(timeline);
    ImGui::EndChild();
}

} // namespace ui
