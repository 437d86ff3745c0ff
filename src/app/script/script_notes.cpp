// The screenshot notes: NAME.json beside NAME.png, the screen's state and layout facts for tests.
#include "app/script/script_driver.hpp"

#include "exam/exam_feedback.hpp"

#include "app/app.hpp"
#include "app/script/perform_notes.hpp"
#include "app/script/visit_notes.hpp"

#include "platform/atomic_file.hpp"
#include "model/attempt.hpp"
#include "model/case_views.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/layout_facts.hpp"

#include <imgui.h>
#include <imgui_internal.h> // the open popup stack, for screenshot notes

namespace app {

namespace script_layout_detail {

core::Json rectJson(const ui::LayoutFact& f) { return core::Json::array({f.min.x, f.min.y, f.max.x, f.max.y}); }

} // namespace script_layout_detail

// Every control and noted label of the frame drawn, and the ones off screen or
// cut (a label shorter than its text, a control beyond the window's edge).
core::Json ScriptDriver::layoutNotes() {
    using script_layout_detail::rectJson;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    core::Json layout = {{"display", {display.x, display.y}},
                         {"controls", core::Json::array()},
                         {"labels", core::Json::array()},
                         {"off_screen", core::Json::array()},
                         {"cut", core::Json::array()},
                         {"map_labels", core::Json::array()},
                         {"map_overlaps", core::Json::array()}};
    std::vector<const ui::LayoutFact*> mapLabels;
    for (const ui::LayoutFact& f : ui::drawnLayoutFacts()) {
        const core::Json item = {{"text", f.text}, {"rect", rectJson(f)}};
        if (f.kind == ui::LayoutFact::Kind::MapLabel) {
            layout["map_labels"].push_back(item);
            mapLabels.push_back(&f);
            continue;
        }
        layout[f.kind == ui::LayoutFact::Kind::Control ? "controls" : "labels"].push_back(item);
        if (f.offScreen) layout["off_screen"].push_back(item);
        if (f.cut) layout["cut"].push_back(item);
    }
    // Two map labels whose boxes share more than an edge, named by their texts.
    for (std::size_t i = 0; i < mapLabels.size(); ++i) {
        for (std::size_t k = i + 1; k < mapLabels.size(); ++k) {
            const ui::LayoutFact& a = *mapLabels[i];
            const ui::LayoutFact& b = *mapLabels[k];
            if (a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y) {
                layout["map_overlaps"].push_back({a.text, b.text});
            }
        }
    }
    return layout;
}

// NAME.json beside NAME.png: the stage and where each visible face map is,
// so tests can check pixels at a zone without guessing the layout.
core::Status ScriptDriver::writeSidecar(App& app, const std::filesystem::path& png) const {
    const auto& ui = app.uiState();
    core::Json j;
    j["stage"] = core::toString(app.session().stage());
    // The practice case open (a seeded variant's id is "CASE--vSEED").
    if (const core::Case* open = app.session().currentCase()) {
        j["case"] = {{"id", open->id}, {"title", open->title}, {"client", {{"name", open->client.name}, {"age", open->client.age}, {"sex", open->client.sex}}}};
    }
    j["visits"] = visitNotes(app.session()); // the follow-up visits (visit_notes.cpp)
    j["maps"] = core::Json::object();
    const int frame = ImGui::GetFrameCount();
    const std::pair<const char*, const ui::FaceMapPanelState*> maps[] = {
        {"consultation", &ui.consultationMap}, {"plan", &ui.planMap}, {"yours", &ui.debriefYours}, {"expert", &ui.debriefExpert},
        {"editor", &ui.editorMap}, {"cohort", &ui.itemAnalysis.map}, {"perform", &ui.perform.map}, {"visit", &ui.visitMap}};
    for (const auto& [name, state] : maps) {
        if (state->drawnOnFrame != frame) continue;
        const glm::dvec2 origin = state->viewport.mapOrigin();
        const glm::dvec2 size = state->viewport.mapSize();
        j["maps"][name] = {{"map_origin", {state->screenX + origin.x, state->screenY + origin.y}}, {"map_size", {size.x, size.y}}};
    }
    // The instructor's item analysis screen: what it analysed and which items it flags.
    if (ui.itemAnalysis.open) {
        const auto& view = app.itemAnalysis();
        j["item_analysis"] = {{"status", view.status}, {"problems", view.problems}, {"exams", core::Json::array()}};
        for (const auto& exam : view.exams) {
            core::Json flagged = core::Json::array();
            for (const auto& item : exam.cases.items) {
                if (item.negativeDiscrimination) flagged.push_back(item.id);
            }
            j["item_analysis"]["exams"].push_back({{"exam_id", exam.examId}, {"candidates", exam.caseMatrix.candidates.size()},
                                                   {"case_items", exam.cases.items.size()}, {"negative_cases", flagged},
                                                   {"zones", exam.errorMap.zones.size()}});
        }
    }
    // What the exam-done screen shows under the exam's feedback policy.
    if (const core::ExamSession* exam = app.exam(); exam && exam->submitted()) {
        const core::ExamFeedbackView view = core::examFeedbackView(*exam->result());
        j["exam_done"] = {{"show_score", view.showScore}, {"cases_shown", view.cases.size()}};
        if (view.showScore) j["exam_done"]["total"] = view.total;
    }
    // The map view of the case on screen (face or body) and whether the toggle is offered.
    if (const core::Case* shown = app.mapCase()) {
        const bool authoring = shown != app.shownSession().currentCase();
        const auto views = core::caseViews(*shown, authoring ? nullptr : &app.shownSession().attempt(), app.data().zones, app.data().catalogue);
        j["map_view"] = core::toString(ui::shownMapView(&ui.mapViews, shown->id, views));
        j["map_toggle"] = authoring || views.body;
    }
    if (ui.errorMap.drawnOnFrame == frame) {
        const glm::dvec2 origin = ui.errorMap.viewport.mapOrigin();
        const glm::dvec2 size = ui.errorMap.viewport.mapSize();
        j["maps"]["errormap"] = {{"map_origin", {ui.errorMap.screenX + origin.x, ui.errorMap.screenY + origin.y}}, {"map_size", {size.x, size.y}}};
    }
    // Who is practising and what their progress screen shows.
    if (const core::Trainee* trainee = app.trainee()) {
        const core::ProgressSummary& summary = app.progressSummary();
        const ui::ProgressView& view = app.progressView();
        core::Json picks = core::Json::array();
        for (const auto& p : view.picks) picks.push_back({{"case_id", p.caseId}, {"reason", p.reason}});
        core::Json skillCases = core::Json::array();
        for (const auto& [id, title] : view.skillCases) skillCases.push_back(id);
        core::Json groups = core::Json::array();
        for (const auto& g : summary.groups) groups.push_back({{"id", g.id}, {"mastery", g.mastery}});
        j["progress"] = {{"trainee", trainee->id},          {"open", ui.progress.open},
                         {"attempts", summary.attempts},    {"curve_points", summary.curve.size()},
                         {"streak_days", summary.streakDays}, {"seconds_practised", summary.secondsPractised},
                         {"proficient_at", summary.cusum.proficientAt ? core::Json(*summary.cusum.proficientAt) : core::Json()},
                         {"groups", groups},                {"error_zones", summary.errorMap.size()},
                         {"notes", view.notes},             {"picks", picks},
                         {"session_size", view.sessionSize}, {"session_done", view.sessionDone},
                         {"skill_shown", view.skillShown},  {"skill_cases", skillCases},
                         {"pass_line", {ui.progress.passLineStart.x, ui.progress.passLineStart.y, ui.progress.passLineEnd.x}}};
    }
    j["trainee_picker"] = ImGui::GetFrameCount() == ui.progress.pickerDrawnOnFrame;
    // The sitting, as the window holds it (the close prompt must keep it going).
    if (const core::ExamSession* exam = app.exam()) {
        j["exam"] = {{"attempt_id", exam->attemptId()}, {"submitted", exam->submitted()}, {"sealed", !exam->sealedPackSha256().empty()},
                     {"cases", exam->caseCount()}, {"current_case", exam->currentIndex() + 1}};
    }
    j["close_prompt"] = {{"problem", ui.closePrompt.problem}, {"typed", !ui.closePrompt.passphrase.empty()}};
    if (ui.examSetup.open) j["exam_setup"] = {{"from_pack", ui.examSetup.fromPack}, {"pack_path", ui.examSetup.packPath}};
    if (auto perform = performNotes(app); !perform.is_null()) j["perform"] = std::move(perform);
    j["layout"] = layoutNotes();
    // Every text the screen drew, one screen line each: a test checks that no
    // catalogue id or internal line id ever reaches the trainee.
    j["texts"] = m_drawnTexts;
    // The messages in the warning bar, as shown (damaged installs, resumed exams).
    j["warnings"] = ui.warnings;
    // The consultation's screening column: how many checklist rows are wholly
    // in view (layout tests), or recall mode; and the interview so far.
    if (ui.screening.drawnOnFrame >= frame - 1) {
        j["screening"] = {{"mode", ui.screening.recallMode ? "recall" : "checklist"}, {"visible_items", ui.screening.visibleItems}};
    }
    // What a clicked debrief line highlights on the maps.
    if (app.session().report()) {
        j["debrief"] = {{"highlight_zone", ui.debrief.highlightZone}, {"highlight_finding", ui.debrief.highlightFinding},
                        {"only_lost", ui.debrief.onlyLost}};
    }
    if (const core::Case* asking = app.shownSession().currentCase(); asking && asking->interview) {
        j["interview"] = {{"asked", app.shownSession().attempt().questions}};
    }
    // Which modal dialogs are up, so tests can see a prompt without reading pixels.
    // (Between frames there is no current window to hash names in, so the open
    // popup stack is read directly; a modal's window carries its title.)
    j["popups"] = core::Json::array();
    for (const ImGuiPopupData& popup : ImGui::GetCurrentContext()->OpenPopupStack) {
        if (popup.Window) j["popups"].push_back(popup.Window->Name);
    }
    if (const EditorHost* editor = app.editor(); editor && editor->editing()) {
        const core::DocumentEditor& doc = *editor->document();
        j["editor"] = {{"file", doc.file().string()},       {"kind", doc.kind()},
                       {"dirty", doc.dirty()},             {"errors", doc.problems().errorCount()},
                       {"warnings", doc.problems().warningCount()}, {"playing", editor->playing()},
                       {"focus", ui.editor.focusPointer},  {"tab", static_cast<int>(ui.editor.tab)}};
        if (const core::PracticeSession* play = editor->playSession()) {
            j["stage"] = core::toString(play->stage());
            // What the trainee scored in the played case, and the answers, so
            // tests can grade the same attempt with `mntrainer grade`.
            if (play->report()) {
                j["editor"]["report"] = {{"total", play->report()->total}, {"passed", play->report()->passed}};
                j["editor"]["attempt"] = core::attemptToJson(play->attempt());
            }
        }
    }
    auto sidecar = png;
    sidecar.replace_extension(".json");
    return core::writeFileAtomically(sidecar, j.dump(2) + "\n");
}

} // namespace app
