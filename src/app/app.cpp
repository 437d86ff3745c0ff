// App state handling: commands in, autosave and history out.
#include "app.hpp"
#include "base/clocks.hpp"

#include "platform/journal.hpp"
#include "practice/previous_attempt.hpp"

#include "exam/exam_export.hpp"
#include "exam/exam_lookup.hpp"
#include "exam/sealed_result.hpp"
#include "platform/key_store.hpp"
#include "platform/signing.hpp"
#include "ui/common/screens.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <imgui.h>

namespace app {

App::App(AppPaths paths) : m_paths(std::move(paths)), m_store(m_paths.userData) {
    m_session = std::make_unique<core::PracticeSession>(m_emptyData, m_library);
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
    m_session = std::make_unique<core::PracticeSession>(m_data ? *m_data : m_emptyData, m_library);
    m_bestScores = m_store.bestScores();
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

core::Status App::unlockExamKey(std::string passphrase) {
    auto key = core::unlockSigningKey(m_paths.userData / "keys", passphrase);
    core::wipeSecret(passphrase);
    if (!key) return std::unexpected(key.error());
    m_examKey = std::move(*key);
    if (m_exam && m_exam->submitted() && m_examView.exportWaitsForKey) exportExam();
    return {};
}

core::Status App::startExam(const std::string& exam, const core::Candidate& candidate, const std::string& exportDir, std::string passphrase) {
    auto examFile = core::findExamFile(exam, {m_paths.dataRoot / "cases" / "exams", m_paths.userData / "exams"});
    if (!examFile) return std::unexpected(examFile.error());
    if (!m_data) return std::unexpected(core::Error("the trainer's data is not loaded"));
    if (m_exam && !m_exam->submitted()) return std::unexpected(core::Error("an exam is already in progress"));
    // The proctor unlocks the key to start: a sitting whose results could not be signed never begins.
    if (!passphrase.empty()) {
        if (auto unlocked = unlockExamKey(std::move(passphrase)); !unlocked) return unlocked;
    } else if (!m_examKey) {
        return std::unexpected(core::Error("the signing key is locked: the proctor enters the passphrase to start the exam"));
    }
    auto started = core::ExamSession::start({*examFile, candidate}, examJournal(), *m_data, m_library, core::nowUnix());
    if (!started) return std::unexpected(started.error());
    m_exam = std::move(*started);
    m_pack.reset(); // a finished sealed sitting's pack goes with it
    m_examExportDir = exportDir;
    m_examView.exportStatus.clear();
    m_examView.exportWaitsForKey = false;
    m_ui.examSetup.open = false;
    tick();
    return {};
}

core::Status App::startExamFromPack(const std::filesystem::path& packFile, const core::Candidate& candidate, const std::string& exportDir,
                                    std::string passphrase) {
    if (!m_data) return std::unexpected(core::Error("the trainer's data is not loaded"));
    if (m_exam && !m_exam->submitted()) return std::unexpected(core::Error("an exam is already in progress"));
    if (passphrase.empty()) return std::unexpected(core::Error("the proctor's passphrase opens a sealed pack: enter it to start the exam"));
    // One passphrase opens the pack and unlocks the signing key, as `exam start --pack` does.
    auto opened = core::openPackForSitting(packFile, [&passphrase]() -> core::Result<std::string> { return passphrase; }, *m_data);
    if (!opened) {
        core::wipeSecret(passphrase);
        return std::unexpected(opened.error());
    }
    if (auto unlocked = unlockExamKey(std::move(passphrase)); !unlocked) return unlocked;
    auto pack = std::make_unique<core::OpenedPack>(std::move(*opened));
    std::error_code ec;
    const bool interrupted = !m_exam && std::filesystem::exists(examJournal(), ec);
    auto started = interrupted ? core::ExamSession::resume(examJournal(), *m_data, pack->library)
                               : core::ExamSession::start(core::sittingSetupOf(*pack, candidate), examJournal(), *m_data, pack->library, core::nowUnix());
    if (!started) {
        m_examKey.reset();
        return std::unexpected(started.error());
    }
    m_exam = std::move(*started);
    m_pack = std::move(pack); // after the old session (which read the old pack) is gone
    m_sealedSittingWaits = false;
    if (interrupted) m_ui.warnings.push_back("The sealed exam in progress was resumed from its pack with every committed answer; the clock kept running.");
    m_examExportDir = exportDir;
    m_examView.exportStatus.clear();
    m_examView.exportWaitsForKey = false;
    m_ui.examSetup.open = false;
    if (m_exam->submitted()) exportExam();
    tick();
    return {};
}

core::SittingPhase App::sittingPhase() const {
    if (!m_exam && m_sealedSittingWaits) return core::SittingPhase::Running;
    return !m_exam ? core::SittingPhase::None : (m_exam->submitted() ? core::SittingPhase::HandedIn : core::SittingPhase::Running);
}

core::Status App::checkProctorPassphrase(std::string passphrase) const {
    auto key = core::unlockSigningKey(m_paths.userData / "keys", passphrase);
    core::wipeSecret(passphrase);
    if (!key) return std::unexpected(key.error());
    return {};
}

core::Status App::closeWindowAsProctor(std::string passphrase) {
    if (core::closeRuleFor(sittingPhase()) == core::CloseRule::Free) {
        m_quitRequested = true;
        return {};
    }
    if (auto checked = checkProctorPassphrase(std::move(passphrase)); !checked) {
        return std::unexpected(core::Error("The trainer stays open and the exam goes on: " + checked.error().summary()));
    }
    // The journal already holds every committed answer; nothing else needs saving.
    m_proctorClosed = true;
    m_quitRequested = true;
    return {};
}

bool App::quitRequested() const {
    if (!m_quitRequested) return false;
    return m_proctorClosed || core::closeRuleFor(sittingPhase()) == core::CloseRule::Free;
}

void App::listSealedPacks() {
    const auto folder = core::sealedPackFolder(m_paths.userData);
    m_examView.packFolder = folder.string();
    m_examView.packs = core::listSealedPacks(folder);
}

core::Status App::goToExamCase(int index) {
    if (!m_exam) return std::unexpected(core::Error("no exam is running"));
    return m_exam->goToCase(index);
}
core::Status App::setExamReview(int index, bool on) {
    if (!m_exam) return std::unexpected(core::Error("no exam is running"));
    return m_exam->setReview(index, on);
}

core::Status App::submitExam(bool automatic) {
    if (!examRunning()) return std::unexpected(core::Error("no exam is running"));
    if (auto e = m_exam->submit(core::nowUnix(), automatic); !e) return e;
    exportExam();
    return {};
}

void App::exportExam() {
    if (!m_examKey) {
        // After a restart the key is locked again: the answers are kept and nothing unsigned is written.
        m_examView.exportWaitsForKey = true;
        m_examView.exportStatus = "Results NOT exported yet: the signing key is locked. Every answer is kept; the proctor enters the "
                                  "passphrase below to export the signed results.";
        return;
    }
    m_examView.exportWaitsForKey = false;
    const std::filesystem::path dir = m_examExportDir.empty() ? m_paths.userData / "exports" : std::filesystem::path(m_examExportDir);
    // A sealed sitting's full result (it holds the expected answers) goes only
    // to the proctor's key, named by its pack: without the pack nothing is written.
    const bool sealed = !m_exam->sealedPackSha256().empty();
    if (sealed && !m_pack) {
        m_examView.exportStatus = "Results NOT exported: this sitting is sealed and its pack is not open. Every answer is kept.";
        return;
    }
    auto files = sealed ? core::writeSealedExamExports(*m_exam->result(), dir, *m_examKey, m_pack->exam.proctorKey)
                        : core::writeExamExports(*m_exam->result(), dir, *m_examKey);
    if (!files) {
        m_examView.exportStatus = "Results NOT exported: " + files.error().summary();
        return;
    }
    m_examKey.reset(); // done with it: the next sitting is unlocked again
    m_examView.exportStatus = "Results and signatures written to " + dir.string() + " (" + std::to_string(files->size()) +
                              " files). Public key: " + core::publicKeyPath(m_paths.userData / "keys").string();
    if (auto problem = core::fileJournalAway(examJournal(), m_paths.userData / "exam" / "done", m_exam->attemptId() + ".journal");
        !problem.has_value()) {
        m_examView.exportStatus += "\nWarning: the journal could not be filed away: " + problem.error().summary();
    }
    m_lrsPush = std::async(std::launch::async, [exported = *files] { return net::pushAfterHandIn(exported); });
}

void App::showLrsPushWhenDone() {
    if (!m_lrsPush.valid() || m_lrsPush.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    const net::HandInPush pushed = m_lrsPush.get();
    if (!pushed.configured) return;
    m_examView.exportStatus += "\n" + pushed.message;
    if (!pushed.delivered) addWarning(pushed.message);
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
        std::holds_alternative<act::HighlightOnMap>(action)) {
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
    if (m_session->stage() == core::Stage::Debrief && m_session->report()) {
        // A finished attempt goes to the history once; the autosave is done with.
        if (m_reportSaved) return;
        m_reportSaved = true;
        // "Since last time" compares with the attempt finished before this one is saved.
        const auto previous = core::latestFinishedFor(m_store.historyDir(), m_session->report()->caseId);
        m_previousReport = previous ? std::optional<core::Report>(previous->report) : std::nullopt;
        m_ui.debrief = {};
        // One time for both records, in whole seconds as the JSON keeps it, so the
        // store knows the history file as this attempt's and never imports it twice.
        const double finished = std::floor(progressNow());
        if (auto saved = m_store.saveFinished(m_session->attempt(), *m_session->report(), core::isoUtc(finished)); !saved) {
            m_ui.warnings.push_back("Your finished attempt could not be saved: " + saved.error().summary());
        }
        m_store.clearAutosave();
        m_bestScores = m_store.bestScores();
        recordProgress(finished); // practice only: exam attempts never reach afterChange
        return;
    }
    m_reportSaved = false;
    if (c && m_session->stage() != core::Stage::Library) {
        core::AutosaveRecord record{m_session->attempt(), m_session->stage(), m_session->decisionMade()};
        if (auto problem = m_store.saveAutosave(record); !problem) {
            m_ui.warnings.push_back("Autosave failed: " + problem.error().summary());
        }
    }
}

} // namespace app
