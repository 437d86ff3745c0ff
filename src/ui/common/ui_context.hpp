// What every panel gets: const views of the model, the face-map renderer, and
// the queue its widgets push Actions into. Panels never change the model.
#pragma once

#include "validation/case_library.hpp"
#include "authoring/document_editor.hpp"
#include "exam/exam_session.hpp"
#include "cohort/item_analysis.hpp"
#include "exam/sealed_pack.hpp"
#include "base/map_viewport.hpp"
#include "practice/attempt_store.hpp"
#include "practice/practice_session.hpp"
#include "model/reference_data.hpp"
#include "ui/common/actions.hpp"
#include "ui/progress/progress_view.hpp"
#include "ui/practice/pen_input.hpp"
#include "ui/practice/perform_view.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

namespace render {
class FaceMapRenderer;
}

namespace ui {


// What the editor screens show besides the document.
struct EditorView {
    const core::DocumentEditor* doc = nullptr;
    bool previewing = false;                                     // the case is being played
    std::string status;                                          // last save, in words
    std::vector<std::pair<std::string, std::string>> templates;  // file, title
    std::vector<std::pair<std::string, std::string>> exams;      // file, title
    std::vector<std::pair<std::string, std::string>> playable;   // case id, title: what an exam may use
    int saveKeyIndex = -1; // the backend's key index for S (ImGui 1.86 names no S key)
};

// What the exam screens show besides the case being answered.
struct ExamView {
    const core::ExamSession* session = nullptr;
    double secondsLeft = 0.0;
    std::string exportStatus; // where results went, or why they could not
    bool exportWaitsForKey = false; // handed in, not exported: the proctor's passphrase is needed
    std::vector<std::pair<std::string, std::string>> exams; // file, title, for the proctor's list
    std::vector<core::PackListing> packs;                   // sealed packs in packFolder
    std::string packFolder;                                 // where the proctor puts them
};

// What the instructor's item analysis screen shows: core's analysis of each
// exam in the folder last analysed, and what the check of its files found.
struct ItemAnalysisView {
    std::vector<core::CohortItemAnalysis> exams;
    std::string status;                // what was analysed, or why nothing was
    std::vector<std::string> problems; // files refused (tampered, untrusted...), one line each
};

enum class EditorTab { Case, Client, Findings, Screening, Decision, PlanKey, Aftercare, Sources, Skin, Count };

struct EditorUiState {
    EditorTab tab = EditorTab::Case;
    bool switchTab = false;      // select `tab` on the next frame
    std::string focusPointer;    // a field to jump to (from the problem list)
    int focusFrames = 0;         // frames left to find it
    std::string highlightPointer; // the field last jumped to, outlined until the next jump
    // Long texts show wrapped and become an edit box when clicked (ImGui 1.86's
    // multi-line box cannot wrap); this is the one being edited.
    std::string editingText;
    bool editingTextFocused = false;
    std::string selectedZone;    // plan key
    int selectedFinding = -1;    // findings
    int findingType = 0;         // type of the next finding placed
    int selectedSkin = -1;       // skin layers (authoring/skin_layers_tab)
    int skinKind = 0;            // kind of the next layer placed
    double skinSeverity = 0.5;   // its severity
    bool skinClickMoves = false; // a map click moves the selected layer instead of adding one
    bool confirmClose = false;
    // The document changed under the widgets (undo, redo, a script): an active
    // text field would write its stale text back, so it is let go first.
    bool dropFocus = false;
    // "New case" and "New exam" dialogs.
    bool newCaseOpen = false;
    bool newExamOpen = false;
    bool editExamOpen = false;
    int sourceIndex = 0;         // template (or case, when duplicating) to start from
    std::string duplicateFile;   // set: duplicating this case
    std::string title;
};

struct UiContext {
    const core::ReferenceData& data;
    const core::CaseLibrary& library;
    const core::PracticeSession& session;
    const std::map<std::string, core::AttemptStore::BestScore>& bestScores; // per case id
    render::FaceMapRenderer* renderer; // null when the map cannot be drawn
    ActionQueue& actions; // everything a widget asks for, in order
    float scale = 1.0f;
    const ExamView* exam = nullptr; // set while the exam screens are up
    const EditorView* editor = nullptr;        // set while authoring
    ActionQueue* edits = nullptr; // the same queue, set while authoring
    // The map view chosen per case id (Face / Body toggle); a case not in it
    // shows the view it opens on (core::caseViews).
    const std::map<std::string, core::MapView>* mapViews = nullptr;
    int mapViewKeyIndex = -1; // the backend's key index for B: Ctrl+B switches the view
    // Progress: the picked trainee's summary and picks (null summary: none
    // picked), and the picker, set while no trainee is open.
    const ProgressView* progress = nullptr;
    const TraineePickerView* picker = nullptr;
    const ItemAnalysisView* itemAnalysis = nullptr; // set while the item analysis screen is up
    // The trainee's previous finished attempt at the case in the debrief (null: none), for "since last time".
    const core::Report* previousReport = nullptr;
    // Perform mode: live coverage, measures and the replay (app/perform_live), null before any case.
    const PerformView* perform = nullptr;
};

struct FaceMapPanelState {
    core::MapViewport viewport;
    int hoverZone = -1;        // zone index under the pointer
    std::string forcedHover;   // set by scripts to show a hover state
    // Where the map was last drawn (window pixels) and on which ImGui frame,
    // so scripted tests can find a zone's pixels in a screenshot.
    double screenX = 0.0;
    double screenY = 0.0;
    int drawnOnFrame = -1;
    int draggingFinding = -1;  // editor: the finding being dragged
    // Each view keeps its own zoom and pan: the one not shown waits here
    // (the body view first opens fitted).
    core::MapView shownView = core::MapView::Face;
    core::MapViewport otherViewport{};
};

// The perform screen: its map, the keyboard path's pattern and next lane, and
// the pen events the window queued for this frame.
struct PerformPanelState {
    // Opens on the face, zoomed so the pen head is big enough to aim.
    FaceMapPanelState map{core::MapViewport{{1.0, 1.0}, 0.75, 1.7, {0.0, -0.11}}, -1, {}};
    core::Pattern pattern = core::Pattern::Vertical;
    int lane = 0;       // the keyboard path's next lane in the current zone
    PenQueue pen;       // filled by the window from SDL, consumed by app/perform_live
    bool keyboardHelp = false;
};

struct LibraryPanelState {
    std::string search;
    int difficulty = 0; // 0 all, 1 beginner, 2 intermediate, 3 advanced
    int indication = 0; // 0 all, else index + 1 into the catalogue's indications
};

struct ScreeningPanelState {
    std::string search;
    float decisionHeight = 0.0f; // what the decision and its follow-up needed last frame
    bool followUpShown = false;  // last frame; the column turns to the decision when the follow-up appears
    int turnToDecision = 0;      // frames left to do so
    std::string recall;          // recall screening: what the trainee has typed
    std::map<std::string, std::string> reasonDrafts; // a flag's reason being typed, by screening id
    std::string recallReason;    // recall: the intake line or finding whose "flag" was clicked, the next flag's reason
    int visibleItems = 0;        // checklist rows wholly in view last drawn (screenshot notes)
    int drawnOnFrame = -1;       // the frame the screening column was last drawn on
    bool recallMode = false;     // the column showed recall, not the checklist
    bool tabbed = false;         // the list and the decision were tabs (a short column)
    float belowList = 0.0f;      // tabbed: the height under the list last frame (what is flagged)
    std::string searchSeen;      // the search and the recall reason last frame: a change
    std::string reasonSeen;      // (an intake line's "flag") turns the tabs to the list
};

enum class DebriefView { Yours, Expert, SideBySide, Technique }; // Technique: heat map and replay (perform mode)

// The debrief's list and what its map highlights (set by act::HighlightOnMap).
struct DebriefPanelState {
    bool onlyLost = false;        // "Only lines that lost points"
    std::string highlightZone;    // a zone outlined on the maps ("" none)
    std::string highlightFinding; // a finding ringed on the maps ("" none)
};

struct ExamSetupState {
    bool open = false;
    int selected = 0;
    std::string name;
    std::string id;
    std::string email;
    std::string exportDir;
    std::string passphrase; // the proctor's, typed hidden; wiped once the action is sent
    bool fromPack = false;  // start from a sealed pack rather than an exam file
    int selectedPack = -1;
    std::string packPath;   // the pack to open: picked from the list or typed
};

// The prompt the window's close button opens while a sitting is open.
struct ClosePromptState {
    bool request = false;    // open it on the next frame
    bool focusField = false; // put the keyboard in the passphrase field (after a refusal)
    std::string passphrase;  // typed hidden; wiped once sent
    std::string problem;     // why the last passphrase did not close the window
};

struct ItemAnalysisState {
    bool open = false;
    std::string dir;         // the results folder typed
    std::string trustedKeys; // the machine keys folder typed
    int exam = 0;            // which exam's analysis is shown
    bool lineItems = false;  // the line item table instead of the case table
    bool showMap = false;    // a narrow window: the error map instead of the table
    bool editFolder = false; // a narrow window: the folder fields unfolded again
    FaceMapPanelState map{core::MapViewport{{1.0, 1.0}, 0.75, 1.35, {0.0, -0.08}}, -1, {}};
};

struct UiState {
    ExamSetupState examSetup;
    ItemAnalysisState itemAnalysis;
    ClosePromptState closePrompt;
    EditorUiState editor;
    // The editor opens on the face, where findings and most zones are.
    FaceMapPanelState editorMap{core::MapViewport{{1.0, 1.0}, 0.75, 1.35, {0.0, -0.08}}, -1, {}};
    LibraryPanelState library;
    ScreeningPanelState screening;
    FaceMapPanelState consultationMap;
    FaceMapPanelState planMap;
    PerformPanelState perform;
    // The debrief opens on the face, where the verdict labels sit.
    FaceMapPanelState debriefYours{core::MapViewport{{1.0, 1.0}, 0.75, 1.5, {0.0, -0.1}}, -1, {}};
    FaceMapPanelState debriefExpert{core::MapViewport{{1.0, 1.0}, 0.75, 1.5, {0.0, -0.1}}, -1, {}};
    DebriefView debriefView = DebriefView::Yours;
    DebriefPanelState debrief;
    // The follow-up visits' face, framed like the debrief's.
    FaceMapPanelState visitMap{core::MapViewport{{1.0, 1.0}, 0.75, 1.5, {0.0, -0.1}}, -1, {}};
    bool visitSessionDayFace = false; // the visits show the face as it was on the session day, to compare
    std::map<std::string, core::MapView> mapViews; // per case id, set by act::SetMapView
    ProgressPanelState progress;
    FaceMapPanelState errorMap{core::MapViewport{{1.0, 1.0}, 0.75, 1.7, {0.0, -0.12}}, -1, {}};
    bool confirmSubmit = false;
    bool askSubmit = false;        // the submit confirmation is asked for
    bool askFollowUp = false;      // an exam case's follow-up is about to open: ask first
    std::string errorMessage;      // shown as a popup on the next frame
    std::string resumeCaseTitle;   // non-empty: offer to resume an autosave
    std::vector<std::string> warnings; // asset/shader/font problems, shown in a bar
};

// Colours shared by panels.
inline const ImVec4 kAccentColour{0.36f, 0.62f, 0.86f, 1.0f};
inline const ImVec4 kWarnColour{0.95f, 0.70f, 0.30f, 1.0f};
inline const ImVec4 kBadColour{0.95f, 0.50f, 0.40f, 1.0f};
inline const ImVec4 kGoodColour{0.45f, 0.80f, 0.55f, 1.0f};
inline const ImVec4 kMutedColour{0.62f, 0.65f, 0.70f, 1.0f};

} // namespace ui
