// App state handling: commands in, autosave and history out. The exam
// sitting is in app_exam.cpp, the trainee's progress in app_progress.cpp.
#include "app/app.hpp"
#include "base/clocks.hpp"

#include "ui/common/screens.hpp"

#include <algorithm>
#include <memory>
#include <random>
#include <imgui.h>

namespace app {

core::SeedSource randomSeedSource() {
    std::uint32_t start = static_cast<std::uint32_t>(core::monotonicNs());
    try {
        start ^= std::random_device{}();
    } catch (const std::exception&) {
        // No entropy device: the clock alone still differs from run to run.
    }
    auto engine = std::make_shared<std::mt19937>(start);
    return [engine] { return static_cast<std::uint32_t>((*engine)()); };
}

App::App(AppPaths paths) : m_paths(std::move(paths)), m_store(m_paths.userData) {
    m_session = std::make_unique<core::PracticeSession>(m_emptyData, m_library, m_seeds);
    m_settings = loadSettings(m_paths.userConfig);
}

void App::load() {
    if (m_loaded) return;
    m_loaded = true;
    auto data = core::loadReferenceData(m_paths.dataRoot);
    if (data) {
        m_data = std::move(*data);
        m_library = core::loadCaseLibrary(caseFolders(), *m_data);
        m_editor = std::make_unique<EditorHost>(
            AuthoringPaths{m_paths.dataRoot / "cases" / "templates", m_paths.userData / "cases", m_paths.userData / "exams",
                           m_paths.userData / "editor" / "recovery.json"},
            *m_data);
        m_editorView.templates = listDocuments({m_editor->paths().templates}, "case");
    } else {
        m_dataProblem = data.error().summary();
        m_ui.warnings.push_back("The trainer's reference data could not be loaded: " + m_dataProblem +
                               ". Reinstall, or set MNTRAINER_DATA_DIR to the folder holding assets/ and cases/.");
    }
    m_session = std::make_unique<core::PracticeSession>(m_data ? *m_data : m_emptyData, m_library, m_seeds);
    refreshBestScores();
    std::error_code ec;
    listExamsAndPlayable();
    if (m_data && std::filesystem::exists(examJournal(), ec)) {
        // An exam was interrupted (crash, power): it goes on where it stopped.
        auto resumed = core::ExamSession::resume(examJournal(), *m_data, m_library);
        if (resumed) {
            m_exam = std::move(*resumed);
            m_ui.warnings.push_back("The exam in progress was resumed with every committed answer; the clock kept running.");
            if (!m_exam->recoveryWarning().empty()) m_ui.warnings.push_back(m_exam->recoveryWarning());
            if (m_exam->submitted()) exportExam();
        } else if (!core::sealedPackOfSitting(examJournal()).empty()) {
            // Only its pack replays a sealed sitting: the window stays locked
            // down on the proctor's screen until the proctor opens that pack again.
            m_sealedSittingWaits = true;
            listSealedPacks();
            m_ui.examSetup.open = true;
            m_ui.examSetup.fromPack = true;
            m_ui.warnings.push_back("A sealed exam is in progress: the proctor chooses its pack and enters the passphrase to resume it.");
        } else {
            m_ui.warnings.push_back("An exam in progress could not be resumed: " + resumed.error().summary());
        }
    }
    if (m_editor) {
        if (std::string recovered = m_editor->recover(m_library, m_editorView); !recovered.empty()) m_ui.warnings.push_back(recovered);
    }
    initProgress();
    // With a trainee to pick, their own autosave is offered once they are picked.
    if (!m_askTrainee) offerAutosave();
}

void App::offerAutosave() {
    if (const auto saved = m_store.loadAutosave(); !saved) {
        m_ui.warnings.push_back("An autosaved attempt could not be read and was set aside: " + saved.error().summary());
        m_store.clearAutosave();
    } else if (saved->has_value() && ((*saved)->stage == core::Stage::Debrief || (*saved)->stage == core::Stage::Visits)) {
        // Left by a build that autosaved submitted attempts: it is in the history already.
        m_store.clearAutosave();
    } else if (saved->has_value()) {
        for (const auto& e : m_library.entries) {
            if (!m_offerResume) break;
            if (e.playable && e.playable->id == (*saved)->attempt.caseId) m_ui.resumeCaseTitle = e.playable->title;
        }
    }
}

void App::createRenderer() {
    if (!m_data) return;
    m_renderer = std::make_unique<render::FaceMapRenderer>(m_data->zones, m_paths.dataRoot / "assets", m_paths.dataRoot / "shaders");
    for (const auto& w : m_renderer->warnings()) m_ui.warnings.push_back(w);
}

void App::tick() {
    pollTraineeOpening();
    if (!examRunning()) return;
    m_examView.secondsLeft = m_exam->secondsLeft(core::nowUnix());
    if (!m_exam->timeIsUp(core::nowUnix()) || core::nowUnix() < m_nextAutoHandIn) return;
    // A failed hand-in (full disk, I/O error) is shown once per distinct problem
    // and retried every few seconds, never dropped silently.
    if (const auto handedIn = submitExam(true); !handedIn) {
        const std::string problem = handedIn.error().summary();
        m_nextAutoHandIn = core::nowUnix() + kAutoHandInRetrySeconds;
        if (problem != m_autoHandInProblem) {
            m_autoHandInProblem = problem;
            m_ui.warnings.push_back("The time is up but the exam could not be handed in: " + problem +
                                    ". It is retried every few seconds; every committed answer is kept. Call the proctor.");
        }
    }
}

void App::drawFrame() {
    showLrsPushWhenDone();
    if (!m_loaded) {
        ImGui::TextColored(ui::kAccentColour, "Microneedling Trainer");
        ImGui::Separator();
        ImGui::TextDisabled("Loading cases...");
        return;
    }
    // The face map's shader, art and zone mask are built on first use, so the
    // library appears as fast as a bare window would.
    const bool playing = m_editor && m_editor->playing();
    const bool mapShown = m_session->stage() != core::Stage::Library || (m_editor && m_editor->editing()) || m_ui.progress.open || m_ui.itemAnalysis.open;
    if (!m_renderer && m_data && mapShown) createRenderer();
    const core::PracticeSession& shown = shownSession();
    ui::UiContext ctx{m_data ? *m_data : m_emptyData, m_library, shown, m_bestScores, m_renderer.get(),
                      m_actions, m_settings.uiScale > 0.0f ? m_settings.uiScale : 1.0f};
    // The exam screens, and the proctor's setup screen (which lists the exams), read the view.
    m_examView.session = m_exam.get();
    if (m_exam || m_ui.examSetup.open) ctx.exam = &m_examView;
    if (m_ui.itemAnalysis.open) ctx.itemAnalysis = &m_itemAnalysisView;
    if (!m_renderer && m_data && m_exam && !m_exam->submitted()) createRenderer();
    if (m_editor) {
        m_editorView.doc = m_editor->document();
        m_editorView.previewing = playing;
        ctx.editor = &m_editorView;
        ctx.edits = &m_actions;
    }
    ctx.mapViews = &m_ui.mapViews;
    if (m_previousReport && m_session->report() && m_previousReport->caseId == m_session->report()->caseId && !m_exam) ctx.previousReport = &*m_previousReport;
    ctx.mapViewKeyIndex = m_mapViewKeyIndex;
    if (m_progress) {
        m_progressView.summary = &m_summary;
        ctx.progress = &m_progressView;
    }
    // The picker stands before the library until someone is picked (never over an exam).
    if (m_opening || (m_askTrainee && !m_progress && !m_exam && m_registry && m_skills)) ctx.picker = &m_pickerView;
    preparePerform(ctx);
    ui::drawScreens(ctx, m_ui);
}

const core::PracticeSession& App::shownSession() const {
    if (m_exam && !m_exam->submitted()) return m_exam->current();
    return m_editor && m_editor->playing() ? *m_editor->playSession() : *m_session;
}

const core::Case* App::mapCase() const {
    const bool authoring = m_editor && m_editor->editing() && !m_editor->playing() && !examRunning();
    return authoring ? &m_editor->document()->preview() : shownSession().currentCase();
}

core::Status App::apply(const core::Command& command) {
    if (examRunning()) return m_exam->apply(command);
    if (m_editor && m_editor->playing()) {
        // Playing a case being edited: no autosave, no history; leaving it returns to the editor.
        const auto result = m_editor->playSession()->apply(command);
        if (m_editor->playSession()->stage() == core::Stage::Library) m_editor->stopPlaying();
        return result;
    }
    const auto result = m_session->apply(command);
    if (!result) return std::unexpected(result.error());
    if (m_session->stage() != core::Stage::Library) m_ui.progress.open = false; // a case opened from the progress screen
    afterChange();
    return {};
}

void App::applyPending() {
    std::string firstError;
    for (const ui::Action& action : m_actions.take()) {
        // "Save and close" closes only if the save worked.
        if (firstError.empty() || !std::holds_alternative<ui::AppAction>(action) ||
            !std::holds_alternative<ui::act::EditorClose>(std::get<ui::AppAction>(action))) {
            if (auto applied = applyAction(action); !applied && firstError.empty()) firstError = applied.error().summary();
        }
    }
    if (!firstError.empty()) {
        m_quitAfterClose = false;
        m_ui.errorMessage = firstError;
    }
    if (m_editor && m_editor->editing()) {
        if (auto copied = m_editor->writeRecovery(); !copied) m_editorView.status = "Crash copy not written: " + copied.error().summary();
    }
}

core::Status App::sittingAllows(core::ActionScope scope) const { return core::checkSittingAllows(sittingPhase(), scope); }

namespace {

// What an app action does, for the sitting's lock-down.
core::ActionScope scopeOf(const ui::AppAction& action) {
    namespace act = ui::act;
    if (std::holds_alternative<act::SetScale>(action) || std::holds_alternative<act::SetMapView>(action) ||
        std::holds_alternative<act::HighlightOnMap>(action) || std::holds_alternative<act::ReplaySeek>(action) ||
        std::holds_alternative<act::ReplayPlay>(action) || std::holds_alternative<act::ReplaySpeed>(action)) {
        return core::ActionScope::Display;
    }
    if (std::holds_alternative<act::OpenExamSetup>(action) || std::holds_alternative<act::CloseExamSetup>(action) ||
        std::holds_alternative<act::StartExam>(action) || std::holds_alternative<act::UnlockKey>(action) ||
        std::holds_alternative<act::CloseExam>(action) || std::holds_alternative<act::StartExamFromPack>(action) ||
        std::holds_alternative<act::ProctorCloseWindow>(action)) {
        return core::ActionScope::Proctor;
    }
    if (std::holds_alternative<act::GoToExamCase>(action) || std::holds_alternative<act::SetExamReview>(action) ||
        std::holds_alternative<act::SubmitExam>(action) || std::holds_alternative<act::AskSubmit>(action)) {
        return core::ActionScope::ExamControl;
    }
    if (std::holds_alternative<act::ResumeAutosave>(action) || std::holds_alternative<act::DiscardAutosave>(action)) return core::ActionScope::Practice;
    if (std::holds_alternative<act::PickTrainee>(action) || std::holds_alternative<act::AddTrainee>(action) ||
        std::holds_alternative<act::SwitchTrainee>(action) || std::holds_alternative<act::OpenProgress>(action) ||
        std::holds_alternative<act::CloseProgress>(action) || std::holds_alternative<act::ShowSkillCases>(action) ||
        std::holds_alternative<act::DismissProgressNotes>(action) || std::holds_alternative<act::PractiseNext>(action) ||
        std::holds_alternative<act::PractiseVariant>(action) || std::holds_alternative<act::StartSession>(action)) {
        return core::ActionScope::Practice;
    }
    return core::ActionScope::Authoring; // the editor's actions
}

} // namespace

core::Status App::applyAction(const ui::Action& action) {
    if (const auto* command = std::get_if<core::Command>(&action)) {
        if (auto allowed = sittingAllows(m_exam ? core::ActionScope::ExamAnswer : core::ActionScope::Practice); !allowed) return allowed;
        return apply(*command);
    }
    if (std::holds_alternative<core::EditCommand>(action)) {
        if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed;
    } else if (auto allowed = sittingAllows(scopeOf(std::get<ui::AppAction>(action))); !allowed) {
        return allowed;
    }
    if (const auto* edit = std::get_if<core::EditCommand>(&action)) {
        if (std::holds_alternative<core::edit::Undo>(*edit) || std::holds_alternative<core::edit::Redo>(*edit)) m_ui.editor.dropFocus = true;
        return applyEdit(*edit);
    }
    return applyAppAction(std::get<ui::AppAction>(action));
}

core::Status App::applyAppAction(const ui::AppAction& action) {
    namespace act = ui::act;
    if (std::holds_alternative<act::ResumeAutosave>(action)) return resumeAutosave();
    if (std::holds_alternative<act::DiscardAutosave>(action)) {
        m_store.clearAutosave();
        return {};
    }
    if (const auto* scale = std::get_if<act::SetScale>(&action)) {
        setUiScale(scale->scale);
        return {};
    }
    if (std::holds_alternative<act::AskSubmit>(action)) {
        m_ui.askSubmit = true;
        return {};
    }
    if (std::holds_alternative<act::OpenExamSetup>(action)) {
        listSealedPacks(); // the proctor may have copied one in since
        m_ui.examSetup.open = true;
        return {};
    }
    if (std::holds_alternative<act::CloseExamSetup>(action)) {
        m_ui.examSetup.open = false;
        return {};
    }
    if (std::holds_alternative<act::OpenItemAnalysis>(action)) {
        m_ui.itemAnalysis.open = true;
        return {};
    }
    if (std::holds_alternative<act::CloseItemAnalysis>(action)) {
        m_ui.itemAnalysis.open = false;
        return {};
    }
    if (const auto* analyse = std::get_if<act::AnalyseResults>(&action)) {
        m_ui.itemAnalysis.open = true;
        return analyseResults(analyse->dir, analyse->trustedKeys);
    }
    if (const auto* start = std::get_if<act::StartExam>(&action)) return startExam(start->exam, start->candidate, start->exportDir, start->passphrase);
    if (const auto* start = std::get_if<act::StartExamFromPack>(&action)) {
        return startExamFromPack(start->packFile, start->candidate, start->exportDir, start->passphrase);
    }
    if (const auto* close = std::get_if<act::ProctorCloseWindow>(&action)) {
        // A refusal is shown in the prompt itself, which stays up for another try.
        if (auto closed = closeWindowAsProctor(close->passphrase); !closed) {
            m_ui.closePrompt.problem = closed.error().summary();
            m_ui.closePrompt.focusField = true;
        }
        return {};
    }
    if (const auto* unlock = std::get_if<act::UnlockKey>(&action)) return unlockExamKey(unlock->passphrase);
    if (const auto* go = std::get_if<act::GoToExamCase>(&action)) return goToExamCase(go->index);
    if (const auto* review = std::get_if<act::SetExamReview>(&action)) return setExamReview(review->index, review->on);
    if (std::holds_alternative<act::SubmitExam>(action)) return submitExam(false);
    if (const auto* close = std::get_if<act::CloseExam>(&action)) {
        if (m_exam && m_exam->submitted()) {
            // Only the proctor moves the window on from the hand-in screen.
            if (auto checked = checkProctorPassphrase(close->passphrase); !checked) {
                return std::unexpected(checked.error().context("the hand-in screen stays until the proctor closes it"));
            }
            m_exam.reset();
            m_pack.reset(); // after the session that read it
            m_examKey.reset();
        }
        return {};
    }
    if (const auto* view = std::get_if<act::SetMapView>(&action)) {
        m_ui.mapViews[view->caseId] = view->view;
        return {};
    }
    if (const auto* highlight = std::get_if<act::HighlightOnMap>(&action)) {
        m_ui.debrief.highlightZone = highlight->zone;
        m_ui.debrief.highlightFinding = highlight->findingId;
        return {};
    }
    bool handled = false;
    if (auto done = applyPerformAction(action, handled); handled) return done;
    if (auto done = applyProgressAction(action, handled); handled) return done;
    return applyAuthoringAction(action);
}

void App::setUiScale(float scale) {
    m_settings.uiScale = std::clamp(scale, 0.5f, 3.0f);
    if (!m_settingsWritable) return;
    if (auto saved = saveSettings(m_paths.userConfig, m_settings); !saved) {
        m_ui.warnings.push_back("The UI scale could not be saved: " + saved.error().summary());
    }
}

core::Status App::resumeAutosave() {
    const auto loaded = m_store.loadAutosave();
    if (!loaded) return std::unexpected(loaded.error());
    if (!loaded->has_value()) return std::unexpected(core::Error("there is no autosaved attempt"));
    const core::AutosaveRecord& saved = **loaded;
    const auto result = m_session->resume(saved.attempt, saved.stage, saved.decisionMade);
    if (!result) return std::unexpected(result.error());
    m_ui.resumeCaseTitle.clear();
    m_savedRevision = m_session->revision();
    return {};
}

void App::afterChange() {
    if (m_session->revision() == m_savedRevision) return;
    m_savedRevision = m_session->revision();
    const core::Case* c = m_session->currentCase();
    if (m_session->report()) {
        // A submitted attempt goes to the history once, as graded at Submit (the
        // follow-up visits after it regrade it on screen only: README, "Follow-up
        // visits"). It is never autosaved: there is nothing left in it to resume.
        if (m_savedAttempt == m_session->attemptSerial()) return;
        m_savedAttempt = m_session->attemptSerial();
        saveFinishedAttempt();
        return;
    }
    if (c && m_session->stage() != core::Stage::Library) {
        core::AutosaveRecord record{m_session->attempt(), m_session->stage(), m_session->decisionMade()};
        if (auto problem = m_store.saveAutosave(record); !problem) {
            m_ui.warnings.push_back("Autosave failed: " + problem.error().summary());
        }
    }
}

} // namespace app
