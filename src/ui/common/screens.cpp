// Screen composition and popups.
#include "ui/common/screens.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"
#include "ui/practice/aftercare_panel.hpp"
#include "ui/practice/debrief_panel.hpp"
#include "ui/authoring/editor_screen.hpp"
#include "ui/exam/exam_panels.hpp"
#include "ui/exam/item_analysis_panel.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/practice/intake_panel.hpp"
#include "ui/common/library_panel.hpp"
#include "ui/common/modal.hpp"
#include "ui/practice/perform_panel.hpp"
#include "ui/practice/plan_panel.hpp"
#include "ui/practice/screening_panel.hpp"
#include "ui/practice/stage_bar.hpp"
#include "ui/practice/visits_panel.hpp"
#include "ui/progress/progress_screen.hpp"
#include "ui/progress/trainee_picker.hpp"

#include <algorithm>

namespace ui {
namespace {

void drawConsultationMap(UiContext& ctx, UiState& state) {
    const core::Case* c = ctx.session.currentCase();
    const core::CaseViews views = core::caseViews(*c, &ctx.session.attempt(), ctx.data.zones, ctx.data.catalogue);
    FaceMapOverlay overlay;
    overlay.fitzpatrick = c->client.fitzpatrick;
    overlay.view = shownMapView(ctx.mapViews, c->id, views);
    drawMapViewToggle(ctx, c->id, views.body, overlay.view);
    ImVec2 mapSize = ImGui::GetContentRegionAvail();
    const float legendHeight = findingsLegendHeight(ctx, mapSize.x);
    mapSize.y -= legendHeight;
    drawFaceMap("consult", ctx, state.consultationMap, overlay, mapSize, 0);
    drawFindingsLegend(ctx, state.screening);
}

// Intake, map and screening side by side; each text column keeps at least
// kMinColumnEms (so words such as "Fitzpatrick" never break), and when the map
// would be left narrower than kMinMapEms (1024 wide at 200%) the intake and
// the map share the left column as tabs.
constexpr float kMinColumnEms = 11.0f;
constexpr float kMinMapEms = 8.0f;
// The checklist's rows are one line each, cut with "...": a wider column reads more of each.
constexpr float kMinScreeningEms = 14.0f;

void drawConsultation(UiContext& ctx, UiState& state) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float em = ImGui::GetFontSize();
    const float intakeWidth = std::max(avail.x * 0.30f, em * kMinColumnEms);
    float screeningWidth = std::max(avail.x * 0.30f, em * kMinScreeningEms);
    const float mapWidth = avail.x - intakeWidth - screeningWidth - spacing * 2.0f;
    const bool intakeTabs = mapWidth < em * kMinMapEms;
    // With the intake and the map as tabs, the checklist takes half the width, so its rows read whole.
    if (intakeTabs) screeningWidth = std::max(screeningWidth, (avail.x - spacing) * 0.5f);
    if (intakeTabs) {
        ImGui::BeginChild("intakeormap", {avail.x - screeningWidth - spacing, avail.y}, true);
        if (ImGui::BeginTabBar("intaketabs")) {
            if (tabItem("Client")) {
                ImGui::BeginChild("intake", {0.0f, 0.0f}, false);
                drawIntakePanel(ctx, state.screening);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            if (tabItem("Face")) {
                drawConsultationMap(ctx, state);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("intake", {intakeWidth, avail.y}, true);
        drawIntakePanel(ctx, state.screening);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("consultmap", {mapWidth, avail.y}, false);
        drawConsultationMap(ctx, state);
        ImGui::EndChild();
    }
    ImGui::SameLine();
    // Half the usual padding above and below: the height goes to the checklist.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.5f});
    ImGui::BeginChild("screening", {screeningWidth, avail.y}, true);
    ImGui::PopStyleVar();
    drawScreeningPanel(ctx, state.screening);
    ImGui::EndChild();
}

void drawSubmitPopup(UiContext& ctx, UiState& state) {
    if (!beginRequestedModal("Submit this attempt?", state.askSubmit)) return;
    const bool exam = ctx.exam && ctx.exam->session && !ctx.exam->session->submitted();
    const auto missing = exam ? ctx.exam->session->unansweredItems() : ctx.session.unansweredItems();
    if (missing.empty()) {
        ui::label("Everything is answered. Submit for grading?");
    } else {
        labelColoured(kWarnColour, "Still open:");
        for (const auto& m : missing) labelBullet(m);
        ui::label("Unanswered items earn no points. Submit anyway?");
    }
    if (button(exam ? "Hand in the exam" : "Submit")) {
        if (exam) {
            ctx.actions.push_back(act::SubmitExam{});
        } else {
            ctx.actions.push_back(core::cmd::Submit{});
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Keep working") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    (void)state;
}

void drawErrorPopup(UiState& state) {
    if (!state.errorMessage.empty() && !ImGui::IsPopupOpen("Something went wrong")) ImGui::OpenPopup("Something went wrong");
    if (!ImGui::BeginPopupModal("Something went wrong", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ui::label(state.errorMessage);
    ImGui::PopTextWrapPos();
    if (button("OK") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        state.errorMessage.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawResumePopup(UiContext& ctx, UiState& state) {
    if (state.resumeCaseTitle.empty()) return;
    if (!ImGui::IsPopupOpen("Resume your attempt?")) ImGui::OpenPopup("Resume your attempt?");
    if (!ImGui::BeginPopupModal("Resume your attempt?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ui::label(formatted("You have an unfinished attempt on \"%s\".", state.resumeCaseTitle.c_str()));
    labelColoured(kMutedColour, "It was saved as you worked, so nothing was lost.");
    if (button("Resume")) {
        ctx.actions.push_back(act::ResumeAutosave{});
        state.resumeCaseTitle.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Discard it")) {
        ctx.actions.push_back(act::DiscardAutosave{});
        state.resumeCaseTitle.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

void drawExamScreens(UiContext& ctx, UiState& state) {
    if (ctx.exam->session->submitted()) {
        drawExamDone(ctx, state.examSetup);
        return;
    }
    drawExamBar(ctx, state.askFollowUp);
    drawFollowUpPrompt(ctx, state.askFollowUp);
    switch (ctx.session.stage()) {
    case core::Stage::Plan: drawPlanPanel(ctx, state.planMap); break;
    case core::Stage::Perform: drawPerformPanel(ctx, state.perform); break;
    case core::Stage::Aftercare: drawAftercarePanel(ctx); break;
    // Only in exams with follow-up steps (the exam's feedback policy applies in the panel).
    case core::Stage::Visits: drawVisitsPanel(ctx, state); break;
    default: drawConsultation(ctx, state); break;
    }
}

void drawScreens(UiContext& ctx, UiState& state) {
    beginClickTargets();
    if (ctx.exam && ctx.exam->session) {
        for (const auto& w : state.warnings) labelWrapped(kWarnColour, w);
        drawExamScreens(ctx, state);
        drawSubmitPopup(ctx, state);
        drawClosePrompt(ctx, state.closePrompt);
        drawErrorPopup(state);
        return;
    }
    if (ctx.editor && ctx.editor->doc && !ctx.editor->previewing) {
        for (const auto& w : state.warnings) labelWrapped(kWarnColour, w);
        drawEditorScreen(ctx, state);
        drawErrorPopup(state);
        return;
    }
    if (state.examSetup.open) {
        drawExamSetup(ctx, state.examSetup);
        // A sealed sitting waiting for its pack (after a restart) is locked down here too.
        drawClosePrompt(ctx, state.closePrompt);
        drawErrorPopup(state);
        return;
    }
    if (ctx.picker) {
        drawTraineePicker(ctx, state);
        drawErrorPopup(state);
        return;
    }
    if (state.progress.open && ctx.progress && ctx.progress->summary && ctx.session.stage() == core::Stage::Library) {
        drawProgressScreen(ctx, state);
        drawErrorPopup(state);
        return;
    }
    if (state.itemAnalysis.open) {
        drawItemAnalysisPanel(ctx, state.itemAnalysis);
        drawErrorPopup(state);
        return;
    }
    if (ctx.editor && ctx.editor->previewing) {
        const char* note = "Playing your case as a trainee sees it. Nothing is saved to the history.";
        const float back = buttonWidth("Back to the editor") + ImGui::GetStyle().ItemSpacing.x;
        fittedLabel(kWarnColour, note, ImGui::GetContentRegionAvail().x - back);
        ImGui::SameLine();
        if (smallButton("Back to the editor")) ctx.actions.push_back(act::EditorBack{});
    }
    drawStageBar(ctx);
    for (const auto& w : state.warnings) labelWrapped(kWarnColour, w);
    switch (ctx.session.stage()) {
    case core::Stage::Library: drawLibraryPanel(ctx, state); break;
    case core::Stage::Consultation: drawConsultation(ctx, state); break;
    case core::Stage::Plan: drawPlanPanel(ctx, state.planMap); break;
    case core::Stage::Perform: drawPerformPanel(ctx, state.perform); break;
    case core::Stage::Aftercare: drawAftercarePanel(ctx); break;
    case core::Stage::Debrief: drawDebriefPanel(ctx, state); break;
    case core::Stage::Visits: drawVisitsPanel(ctx, state); break;
    }
    drawSubmitPopup(ctx, state);
    drawClosePrompt(ctx, state.closePrompt);
    drawErrorPopup(state);
    drawResumePopup(ctx, state);
}

} // namespace ui
