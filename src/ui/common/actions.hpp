// The one typed action stream of the window: practice Commands, editor
// EditCommands and app actions (exam, autosave, authoring, scale) are all
// Actions. Buttons, keys and scripts push them; App::applyAction is the one
// place they take effect, in the order they were pushed.
#pragma once

#include "authoring/editor_commands.hpp"
#include "exam/exam_result.hpp"
#include "terms/zone_map.hpp"
#include "practice/practice_commands.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ui {

namespace act {
struct ResumeAutosave {};
struct DiscardAutosave {};
struct SetScale { float scale; };
struct AskSubmit {};                   // show the submit confirmation
struct OpenExamSetup {};
struct CloseExamSetup {};
// `exam` is an exam file, or the id (file stem) of one in the exam folders.
// The proctor's passphrase unlocks the signing key for the sitting; empty when
// the key was unlocked before (UnlockKey, from a script's `unlock FILE`).
struct StartExam { std::string exam; core::Candidate candidate; std::string exportDir; std::string passphrase; };
// Unlocks the signing key for this sitting; a handed-in exam waiting for it is exported.
struct UnlockKey { std::string passphrase; };
struct GoToExamCase { int index; };    // 0-based
struct SetExamReview { int index; bool on; };
struct SubmitExam {};
struct CloseExam { std::string passphrase; }; // the proctor leaves the finished exam screen
// A sitting from a sealed pack: the proctor's passphrase opens the pack (in
// memory only) and unlocks the signing key.
struct StartExamFromPack { std::string packFile; core::Candidate candidate; std::string exportDir; std::string passphrase; };
// The close prompt's answer: the window closes only if the passphrase unlocks the proctor's key.
struct ProctorCloseWindow { std::string passphrase; };
struct EditFile { std::string file; }; // open a case or exam file in the editor
struct NewCase { std::string sourceFile; std::string title; };
struct NewExam { std::string title; };
struct EditorSave {};
struct EditorClose {};                 // asks first when there are unsaved changes
struct EditorDiscard {};               // closes without saving
struct EditorKeep {};                  // "Keep editing" in the unsaved-changes prompt
struct EditorPlay {};                  // play the case being edited as a trainee
struct EditorBack {};                  // back from playing to the editor
// The maps of a case show the face or the body picture (the Face / Body toggle, Ctrl+B).
struct SetMapView { std::string caseId; core::MapView view; };
// The debrief: a line clicked outlines its zone or rings its finding on the maps (empty: none).
struct HighlightOnMap { std::string zone; std::string findingId; };
// Progress (issue 13): the trainee at the machine, their progress screen and practise-next.
struct PickTrainee { std::string id; };        // open this trainee's store (imports their history)
struct AddTrainee { std::string name; };       // register a trainee and pick them
struct SwitchTrainee {};                       // back to the picker
struct OpenProgress {};
struct CloseProgress {};
struct ShowSkillCases { std::string skill; };  // list the cases that train this skill ("" hides the list)
struct DismissProgressNotes {};
struct PractiseNext {};                        // open the top pick
// A new seeded variant of a library case (the row's Variant button): the app
// picks a fresh seed from the clock unless one is given (a script); core makes
// the case "CASE--vSEED" and the title names the seed, so it can be made again.
struct PractiseVariant { std::string caseId; std::optional<std::uint64_t> seed; };
struct StartSession { int size; };             // a daily session of N picked cases, played in turn
// The instructor's item analysis screen: a folder of signed exam results,
// checked against the machine keys in `trustedKeys` (empty: this install's key).
struct OpenItemAnalysis {};
struct CloseItemAnalysis {};
struct AnalyseResults { std::string dir; std::string trustedKeys; };
// The debrief's stroke replay (app/perform_live): the scrubber, play / pause and speed.
struct ReplaySeek { long long ms; };
struct ReplayPlay { bool on; };
struct ReplaySpeed { float speed; };
} // namespace act

using AppAction = std::variant<act::ResumeAutosave, act::DiscardAutosave, act::SetScale, act::AskSubmit, act::OpenExamSetup,
                               act::CloseExamSetup, act::StartExam, act::GoToExamCase, act::SetExamReview, act::SubmitExam,
                               act::CloseExam, act::UnlockKey, act::StartExamFromPack, act::ProctorCloseWindow, act::EditFile, act::NewCase, act::NewExam, act::EditorSave, act::EditorClose,
                               act::EditorDiscard, act::EditorKeep, act::EditorPlay, act::EditorBack, act::SetMapView,
                               act::PickTrainee, act::AddTrainee, act::SwitchTrainee, act::OpenProgress, act::CloseProgress,
                               act::ShowSkillCases, act::DismissProgressNotes, act::PractiseNext, act::PractiseVariant, act::StartSession,
                               act::OpenItemAnalysis, act::CloseItemAnalysis, act::AnalyseResults, act::HighlightOnMap,
                               act::ReplaySeek, act::ReplayPlay, act::ReplaySpeed>;

using Action = std::variant<core::Command, core::EditCommand, AppAction>;

// What widgets push into: any practice command, edit or app action.
class ActionQueue {
public:
    void push_back(core::Command command) { m_actions.emplace_back(std::move(command)); }
    void push_back(core::EditCommand edit) { m_actions.emplace_back(std::move(edit)); }
    void push_back(AppAction action) { m_actions.emplace_back(std::move(action)); }
    // Hands over everything pushed so far, oldest first.
    [[nodiscard]] std::vector<Action> take() { return std::exchange(m_actions, {}); }

private:
    std::vector<Action> m_actions;
};

} // namespace ui
