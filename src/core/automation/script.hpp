// The UI script language: the same Commands the widgets emit, one per line,
// plus a few steps only the app can do (screenshots, window size, frames).
// Parsed here so it is testable without a display.
#pragma once

#include "base/diagnostics.hpp"
#include "authoring/editor_commands.hpp"
#include "practice/practice_commands.hpp"

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace core {

namespace step {
struct Screenshot { std::string name; bool picture = true; }; // picture false: the notes (NAME.json) alone
struct Frames { int count; };
struct Resize { int width; int height; };
struct Scale { float scale; };
struct Hover { std::string zone; };          // pretend the pointer rests on a zone
struct DebriefView { std::string view; };    // "yours", "expert" or "side-by-side"
struct Zoom { float factor; };               // face-map zoom (1 = fit)
struct ShowMapView { MapView view; };        // the maps show the face or the body picture
struct Resume {};                          // take up the autosaved attempt
struct ExamStart { std::string examId; std::string candidateId; std::string name; }; // exam: start a sitting
struct ExamCase { int number; };             // exam: go to case N (1-based)
struct ExamReview { int number; bool on; };  // exam: flag case N for review
struct ExamSubmit {};                        // exam: hand in
struct Unlock { std::string passphraseFile; }; // exam: the proctor unlocks the signing key (the file's first line)
// exam: the proctor starts a sitting from a sealed pack, opened with the passphrase (the file's first line)
struct ExamStartPack { std::string packFile; std::string passphraseFile; std::string candidateId; std::string name; };
// The first line of a file typed as keyboard text into the focused field (a passphrase is never in the script itself).
struct TypeLine { std::string file; };
struct Wait { int milliseconds; };           // headless: pause (for crash tests)
struct Press { std::string key; bool ctrl; bool shift; }; // a key press through the window's event queue
struct Click { std::string label; }; // the mouse clicks the first button drawn with this label
// Pen input through the window's event queue, onto the Perform map: every
// event of one `pen` line arrives in the same frame (a lift and a press in one
// frame, as a quick hand or a slow frame gives).
struct PenInput {
    enum class Kind { Down, Move, Up };
    Kind kind;
    double x = 0.0; // map coordinates 0..1 (Up lifts where the pen is)
    double y = 0.0;
};
struct Pen { std::vector<PenInput> events; };
struct CloseWindow {};                       // the window's close button (SDL_QUIT)
// Progress (issue 13).
struct UseTrainee { std::string name; bool mayAdd = true; }; // pick this trainee (`trainee` adds them when new, `pick-trainee` never); waits for their store
struct ProgressScreen { bool open; };         // open-progress / close-progress
struct SkillCases { std::string skill; };     // list the cases that train a skill (as a click on its bar)
struct Clock { double unixSeconds; };         // the clock progress is recorded and summarised at
struct PractiseNext {};                      // the library's "Practise next" button
struct PractiseVariant { std::string caseId; std::uint64_t seed; }; // a row's Variant button, with the seed given
struct DailySession { int size; };           // start a daily session of N cases
struct ItemAnalysis { std::string dir; std::string trustedKeys; }; // instructors: analyse a results folder (keys folder optional)
struct Quit {};
// Authoring steps the app does (open, new, save, play, ...): see editor_script.cpp.
// Each is its own type, checked when the script is read, never re-parsed.
namespace editor {
enum class Tab { Case, Client, Findings, Screening, Decision, PlanKey, Aftercare, Sources, Skin };
enum class Dialog { NewCase, NewExam, EditExam };
struct NewCase { std::string source; std::string title; }; // a template or case id, and the new case's title
struct NewExam { std::string title; };
struct Open { std::string id; }; // a case or exam id
struct Save {};
struct Play {};
struct Back {};
struct Close {};
struct Discard {};
struct ShowTab { Tab tab; };
struct JumpToProblem { int number; }; // 1-based
struct OpenDialog { Dialog dialog; };
struct SelectKeyZone { std::string zone; };
} // namespace editor
using Editor = std::variant<editor::NewCase, editor::NewExam, editor::Open, editor::Save, editor::Play, editor::Back, editor::Close,
                            editor::Discard, editor::ShowTab, editor::JumpToProblem, editor::OpenDialog, editor::SelectKeyZone>;
} // namespace step

using ScriptStep = std::variant<Command, step::Screenshot, step::Frames, step::Resize, step::Scale, step::Hover,
                                step::DebriefView, step::Zoom, step::ShowMapView, step::Resume, step::ExamStart, step::ExamCase, step::ExamReview,
                                step::ExamSubmit, step::Unlock, step::Wait, step::Quit, EditCommand, step::Editor, step::Press, step::Click, step::Pen, step::CloseWindow,
                                step::UseTrainee, step::ProgressScreen, step::SkillCases, step::Clock, step::PractiseNext, step::PractiseVariant, step::DailySession,
                                step::ItemAnalysis, step::ExamStartPack, step::TypeLine>;

struct ScriptLine {
    int line = 0;     // 1-based line in the file
    std::string text; // the line as written, for messages
    ScriptStep step;
};

// Parses a whole script; every bad line is reported as "NAME:LINE: ...".
[[nodiscard]] std::expected<std::vector<ScriptLine>, Error> parseScript(const std::string& text, const std::string& name);

// The script line for a Command (parseScript reads it back to the same Command).
std::string scriptLine(const Command& command);

// "2026-11-03T09:30:00Z", "2026-11-03T09:30Z" or "2026-11-03" (00:00 UTC) as Unix seconds.
[[nodiscard]] std::optional<double> parseScriptClock(const std::string& iso);

// The script's command words, for help and "did you mean".
const std::vector<std::string>& scriptWords();

// Editor lines ("edit-..."); nullopt when the line is not one. JSON and titles
// run to the end of the line, so '#' inside them is kept.
std::optional<std::expected<ScriptStep, core::Error>> parseEditorLine(const std::string& line);
const std::vector<std::string>& editorScriptWords();

// Follow-up visit lines (visit_script.cpp): "visit N" plays visit N of the
// timeline, "manage CHOICE..." sets the draft choices at that visit (none:
// clears them), "manage-toggle CHOICE" toggles one, "manage-confirm" commits
// them (graded, then locked), "visit-seed N" sets the draw's seed. nullopt when the line is not one of these words.
std::optional<std::expected<ScriptStep, core::Error>> parseVisitLine(const std::vector<std::string>& words);
const std::vector<std::string>& visitScriptWords();
// The script line of a visit command (parseVisitLine reads it back).
std::string visitScriptLine(const cmd::PlayVisit& c);
std::string visitScriptLine(const cmd::ToggleManagement& c);
std::string visitScriptLine(const cmd::SetManagement& c);
std::string visitScriptLine(const cmd::ConfirmManagement& c);
std::string visitScriptLine(const cmd::SetVisitSeed& c);

} // namespace core
