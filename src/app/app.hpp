// App: owns the session state, applies Commands after each frame, and does
// the I/O the panels never do (autosave, attempt history, settings).
#pragma once

#include "exam/sitting_lockdown.hpp"
#include "app/editor_host.hpp"
#include "app/perform_live.hpp"
#include "app/shell/settings.hpp"

#include "practice/attempt_store.hpp"
#include "validation/case_library.hpp"
#include "exam/exam_session.hpp"
#include "exam/sealed_pack.hpp"
#include "platform/signing.hpp"
#include "practice/practice_session.hpp"
#include "model/reference_data.hpp"
#include "render/face_map_renderer.hpp"
#include "ui/common/ui_context.hpp"
#include "net/lrs_hand_in.hpp"
#include "progress/trainee_progress.hpp"

#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace app {

// A seed source for real practice: std::random_device, so the follow-up's
// likelihoods play out across attempts.
[[nodiscard]] core::SeedSource randomSeedSource();

struct AppPaths {
    std::filesystem::path dataRoot;  // holds assets/, cases/, shaders/
    std::filesystem::path casesDir;  // the library to show
    std::filesystem::path userData;  // XDG data dir
    std::filesystem::path userConfig;
};

class App {
public:
    // Cheap: settings only. Problems become UI warnings, never a crash.
    explicit App(AppPaths paths);
    // Loads reference data, the case library, history and the autosave. The
    // window calls it after its first frame, so a big library never delays
    // the window appearing (the first frame says "Loading cases...").
    void load();
    [[nodiscard]] bool loaded() const { return m_loaded; }
    // Scripts decide themselves whether to resume an autosave.
    void setOfferResume(bool offer) { m_offerResume = offer; }
    // Script runs change the scale for their own screenshots; the user's
    // settings file keeps what the user chose.
    void setSettingsWritable(bool writable) { m_settingsWritable = writable; }
    // Where each practice attempt's visit seed comes from: random unless set
    // (scripts set a fixed one so their runs repeat). Before load().
    void setSeedSource(core::SeedSource seeds) { m_seeds = std::move(seeds); }

    // Draws one frame of UI (between ImGui::NewFrame and ImGui::Render).
    void drawFrame();
    // Applies every queued Action in the order pushed; the first error goes to a popup.
    void applyPending();
    // The one place an Action takes effect (widgets queue them; scripts call this directly).
    [[nodiscard]] core::Status applyAction(const ui::Action& action);
    // Applies one Command now (the script driver uses this).
    [[nodiscard]] core::Status apply(const core::Command& command);

    // Needs a current GL context; drawFrame calls it when a map is first needed.
    void createRenderer();

    [[nodiscard]] const core::PracticeSession& session() const { return *m_session; }
    [[nodiscard]] ui::UiState& uiState() { return m_ui; }
    // Null until a map has been shown (the pen bench times its passes).
    [[nodiscard]] render::FaceMapRenderer* faceMapRenderer() { return m_renderer.get(); }
    [[nodiscard]] float uiScale() const { return m_settings.uiScale; }
    // The scale change requested by the UI this frame (0 = none); cleared by reading.
    void setUiScale(float scale);
    // Exam mode. Starting refuses while a sitting is in progress.
    // `exam` is an exam file or the id of one in the exam folders.
    // The proctor's passphrase unlocks the signing key first (empty: the key
    // unlocked before by unlockExamKey); without it no sitting starts.
    [[nodiscard]] core::Status startExam(const std::string& exam, const core::Candidate& candidate, const std::string& exportDir,
                                         std::string passphrase);
    // A sitting from a sealed pack: the passphrase opens the pack in memory and
    // unlocks the signing key. A sealed sitting interrupted before (its journal
    // left on disk) resumes instead, since only its pack can replay it.
    [[nodiscard]] core::Status startExamFromPack(const std::filesystem::path& packFile, const core::Candidate& candidate,
                                                 const std::string& exportDir, std::string passphrase);
    // Holds the unlocked key in memory for the sitting; exports a handed-in exam waiting for it.
    [[nodiscard]] core::Status unlockExamKey(std::string passphrase);
    [[nodiscard]] core::Status goToExamCase(int index);
    [[nodiscard]] core::Status setExamReview(int index, bool on);
    [[nodiscard]] core::Status submitExam(bool automatic);
    // Called every frame: hands the exam in when its time is up.
    void tick();
    [[nodiscard]] bool examRunning() const { return m_exam && !m_exam->submitted(); }
    // The sitting's lock-down (core decides what each phase allows).
    [[nodiscard]] core::Status sittingAllows(core::ActionScope scope) const;
    [[nodiscard]] const core::ExamSession* exam() const { return m_exam.get(); }
    // Offers or takes up the autosaved attempt.
    [[nodiscard]] core::Status resumeAutosave();
    [[nodiscard]] bool hasReferenceData() const { return m_data.has_value(); }
    // Authoring (the editor and exam builder).
    [[nodiscard]] core::Status editFile(const std::filesystem::path& file);
    [[nodiscard]] core::Status editById(const std::string& id); // a case or exam id
    [[nodiscard]] core::Status newCase(const std::string& sourceId, const std::string& title); // template or case id
    [[nodiscard]] core::Status newExam(const std::string& title);
    [[nodiscard]] core::Status applyEdit(const core::EditCommand& command);
    // After a scripted edit: as if the pointer had moved off any field, and the crash copy is written.
    void afterScriptEdit();
    [[nodiscard]] core::Status saveEdit();
    [[nodiscard]] core::Status closeEditor(bool discard); // asks first (a prompt) when unsaved and !discard
    [[nodiscard]] core::Status playEdited();
    [[nodiscard]] core::Status backToEditor();
    void jumpToProblem(int index); // as if the problem list's entry were clicked
    [[nodiscard]] const EditorHost* editor() const { return m_editor.get(); }
    [[nodiscard]] const std::string& editorStatus() const { return m_editorView.status; }
    // The window's close button: false (and a prompt) while edits are unsaved,
    // or while a sitting is open (core's close rule), when the proctor is asked.
    bool allowQuit();
    // Any in-app quit; never while the close rule wants the proctor and the proctor has not closed.
    [[nodiscard]] bool quitRequested() const;
    // The close prompt's answer: the window closes when the passphrase unlocks the proctor's key.
    [[nodiscard]] core::Status closeWindowAsProctor(std::string passphrase);
    void setSaveKeyIndex(int index) { m_editorView.saveKeyIndex = index; }
    void setMapViewKeyIndex(int index) { m_mapViewKeyIndex = index; }
    // The session on screen: the exam's case, a case played from the editor, or practice.
    [[nodiscard]] const core::PracticeSession& shownSession() const;
    // The case whose maps are on screen (the edited document while authoring), if any.
    [[nodiscard]] const core::Case* mapCase() const;
    // The instructor's item analysis of a folder of signed results (trustedKeys empty: this install's key).
    [[nodiscard]] core::Status analyseResults(const std::string& dir, const std::string& trustedKeys);
    [[nodiscard]] const ui::ItemAnalysisView& itemAnalysis() const { return m_itemAnalysisView; }
    [[nodiscard]] const core::ReferenceData& data() const { return m_data ? *m_data : m_emptyData; }
    void addWarning(std::string warning) { m_ui.warnings.push_back(std::move(warning)); }

    // Progress (app_progress.cpp). The window asks who is practising at start;
    // scripts pick with `trainee NAME` (without one they run as before, no progress).
    void setAskTrainee(bool ask) { m_askTrainee = ask; }
    [[nodiscard]] core::Status pickTrainee(const std::string& id);
    [[nodiscard]] core::Status addTrainee(const std::string& name);
    // Picks the trainee with this name or id, adding them first when new and `mayAdd` (scripts).
    [[nodiscard]] core::Status useTrainee(const std::string& name, bool mayAdd);
    [[nodiscard]] bool traineeLoading() const { return m_opening != nullptr; }
    [[nodiscard]] const core::Trainee* trainee() const { return m_trainee ? &*m_trainee : nullptr; }
    [[nodiscard]] const core::ProgressSummary& progressSummary() const { return m_summary; }
    [[nodiscard]] const ui::ProgressView& progressView() const { return m_progressView; }
    // The clock progress is recorded and summarised at: a script may set it.
    [[nodiscard]] double progressNow() const;
    void setClock(double unixSeconds) { m_clock = unixSeconds; }

private:
    AppPaths m_paths;
    std::optional<core::ReferenceData> m_data;
    core::ReferenceData m_emptyData;
    core::CaseLibrary m_library;
    std::unique_ptr<core::PracticeSession> m_session;
    core::AttemptStore m_store;
    std::map<std::string, core::AttemptStore::BestScore> m_bestScores;
    std::set<std::string> m_reportedHistoryProblems; // damaged history files already named in a warning
    void refreshBestScores();
    std::unique_ptr<render::FaceMapRenderer> m_renderer;
    Settings m_settings;
    ui::UiState m_ui;
    ui::ActionQueue m_actions;
    unsigned m_savedRevision = 0;
    std::optional<core::Report> m_previousReport; // the case's attempt finished before the one in the debrief
    std::uint64_t m_savedAttempt = 0; // PracticeSession::attemptSerial of the last attempt put in the history
    core::SeedSource m_seeds = randomSeedSource(); // each submitted attempt's visit seed
    std::string m_dataProblem;
    bool m_loaded = false;
    bool m_offerResume = true;
    bool m_settingsWritable = true;
    int m_mapViewKeyIndex = -1;
    // The opened pack of a sealed sitting, in memory only; declared before
    // m_exam, whose session reads its library, so it outlives the session.
    std::unique_ptr<core::OpenedPack> m_pack;
    std::unique_ptr<core::ExamSession> m_exam;
    ui::ExamView m_examView;
    ui::ItemAnalysisView m_itemAnalysisView;
    std::string m_examExportDir;
    // The proctor's unlocked key, only in memory and only for one sitting:
    // dropped (and wiped) after the export and when the exam screen closes.
    std::optional<core::SigningKey> m_examKey;
    static constexpr double kAutoHandInRetrySeconds = 5.0;
    double m_nextAutoHandIn = 0.0;   // wall-clock seconds; after a failed automatic hand-in
    std::string m_autoHandInProblem; // the last one shown
    [[nodiscard]] std::filesystem::path examJournal() const { return m_paths.userData / "exam" / "current.journal"; }
    void exportExam();
    // The LRS push a hand-in starts runs on a worker thread, so a slow or
    // absent LRS never holds up the window; its outcome is shown when ready.
    std::future<net::HandInPush> m_lrsPush;
    void showLrsPushWhenDone();

    void afterChange();

    std::unique_ptr<EditorHost> m_editor;
    ui::EditorView m_editorView;
    bool m_quitAfterClose = false;
    bool m_quitRequested = false;
    bool m_proctorClosed = false; // the proctor's passphrase closed the window mid-sitting
    bool m_sealedSittingWaits = false; // a sealed sitting's journal waits for its pack (after a restart)
    [[nodiscard]] core::SittingPhase sittingPhase() const;
    // Refused (wrong passphrase, no key) with the reason; the key itself is not kept.
    [[nodiscard]] core::Status checkProctorPassphrase(std::string passphrase) const;
    void listSealedPacks();
    void reloadLibrary();
    void listExamsAndPlayable(); // from m_library and the exam folders
    [[nodiscard]] core::Status prepareToAuthor(); // refuses while unsaved edits are open
    [[nodiscard]] core::Status applyAppAction(const ui::AppAction& action);
    [[nodiscard]] core::Status applyAuthoringAction(const ui::AppAction& action); // success also when not an authoring action
    [[nodiscard]] std::vector<std::filesystem::path> caseFolders() const;

    // Progress: the machine's trainees, the picked one's store and summary.
    bool m_askTrainee = false;
    std::unique_ptr<core::TraineeRegistry> m_registry;
    std::optional<core::SkillMap> m_skills;
    std::optional<core::Trainee> m_trainee;
    std::optional<core::TraineeProgress> m_progress;
    core::ProgressSummary m_summary;
    ui::ProgressView m_progressView;
    ui::TraineePickerView m_pickerView;
    std::vector<core::CaseSkills> m_caseSkills;
    std::vector<std::string> m_sessionCases; // today's session, in order
    double m_clock = 0.0;                    // 0: the wall clock
    std::uint64_t m_variantClicks = 0;       // steps the Variant button's seed
    // A trainee's store opens (and imports their history) on a worker thread,
    // so a long history shows its progress instead of freezing the window.
    struct Opening {
        core::Trainee trainee;
        std::atomic<std::size_t> done{0};
        std::atomic<std::size_t> total{0};
        std::future<core::Result<core::TraineeProgress>> result;
    };
    std::unique_ptr<Opening> m_opening;
    void initProgress();
    void listTrainees();
    void pollTraineeOpening();
    void traineeOpened(core::TraineeProgress progress);
    void refreshProgress();
    void recordProgress(double finishedUnix);
    // The finished practice attempt to the JSON history and the trainee's store, once.
    void saveFinishedAttempt();
    void offerAutosave();
    void fillProgressViews();
    [[nodiscard]] core::ProgressSettings progressSettings() const;
    [[nodiscard]] core::Status applyProgressAction(const ui::AppAction& action, bool& handled);

    // Perform mode (app_perform.cpp): live coverage, pen strokes and the debrief's replay.
    PerformLive m_perform;
    double m_replayClockMs = 0.0; // wall time of the last replay tick
    void preparePerform(ui::UiContext& ctx);
    [[nodiscard]] core::Status applyPerformAction(const ui::AppAction& action, bool& handled);

public:
    [[nodiscard]] const PerformLive& perform() const { return m_perform; }
};

} // namespace app
