// The Commands of practice mode: every change a trainee makes, as plain data.
// Widgets emit them, the script driver reads them from text, and
// PracticeSession::apply is the one place they change state.
#pragma once

#include "terms/outcome_rules.hpp"
#include "terms/perform_record.hpp"
#include "terms/vocabulary.hpp"

#include <cstdint>
#include <glm/vec2.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace core {

// Perform (issue 15) follows the plan: the trainee needles each treated zone
// by hand. It is optional; an attempt never performed grades as before.
// Visits: the follow-up visits after the debrief ("Follow-up visits"); open once submitted.
enum class Stage { Library, Consultation, Plan, Perform, Aftercare, Debrief, Visits };

std::string toString(Stage stage);
const Choices<Stage>& stageChoices();

namespace cmd {
struct OpenCase { std::string caseId; };
struct GoTo { Stage stage; };
struct ToggleFlag { std::string id; };
struct SetFlag { std::string id; bool on; std::string reason = {}; }; // reason: why, in the trainee's words (kept while flagged; "" keeps the one given)
struct SetDecision { Decision decision; };
struct SelectZone { std::string zone; };
struct SetZoneAction { std::string zone; std::optional<ZoneAction> action; }; // nullopt: not planned
struct SetDepth { std::string zone; double mm; };
struct TogglePattern { std::string zone; Pattern pattern; };
struct SetPatterns { std::string zone; std::vector<Pattern> patterns; };
struct SetPasses { std::string zone; int passes; };
struct SetEndpoint { std::string zone; Endpoint endpoint; };
struct MirrorZone { std::string zone; };
struct ToggleAftercare { std::string id; };
struct SetAftercare { std::string id; bool on; };
struct SetInterval { int weeks; };
struct SetSessions { int sessions; };
struct SetExclude { std::string zone; std::string finding; bool on; }; // needle around a finding with a margin
struct SetRebook { int weeks; };            // a deferral's next visit
struct SetReferral { std::string id; };     // a referral target; "" for none
struct ToggleAdvice { std::string id; };
struct SetAdvice { std::string id; bool on; };
struct Ask { std::string questionId; };     // an interview question (asking again changes nothing)
// Perform mode (issue 15): a stroke drawn for a zone through map points over
// DURATION_MS, appended to the attempt's perform record after the last one;
// and generated strokes for a zone in one pattern (tests, demos, keyboard path).
struct Stroke { std::string zone; std::vector<glm::dvec2> points; int durationMs = 0; };
// `notAssessed`: the accessibility option's auto-perform, which marks the
// record auto-performed (technique not assessed); scripts' perform-auto does not.
struct PerformAuto { std::string zone; Pattern pattern = Pattern::Vertical; int passes = 1; bool notAssessed = false; };
// Perform mode's stage flow (practice/perform_apply.cpp): a stroke as the pen
// drew it (time-stamped samples), the pen's cartridge, and redoing a zone.
struct AddStroke { PerformStroke stroke; };  // stroke.zone must be a treated zone of the plan
struct SetCartridge { std::string id; };
struct ClearStrokes { std::string zone; };    // the zone is needled again from clean skin
struct Submit {};
struct Retry {};
struct NextCase {};
struct BackToLibrary {};
// Follow-up visits (after the debrief). Playing a visit opens the Visits stage
// at that time point; the choices are what the trainee does there. The
// attempt is graded again with the visits section after each change.
struct PlayVisit { int number; };                                 // 1-based place in the timeline
struct ToggleManagement { ManagementChoice choice; };             // at the visit being played
struct SetManagement { std::vector<ManagementChoice> choices; };  // replaces the choices at the visit being played
struct SetVisitSeed { std::uint32_t seed; };                      // draws which risks happen; before the first visit
} // namespace cmd

using Command = std::variant<cmd::OpenCase, cmd::GoTo, cmd::ToggleFlag, cmd::SetFlag, cmd::SetDecision, cmd::SelectZone,
                             cmd::SetZoneAction, cmd::SetDepth, cmd::TogglePattern, cmd::SetPatterns, cmd::SetPasses,
                             cmd::SetEndpoint, cmd::MirrorZone, cmd::ToggleAftercare, cmd::SetAftercare, cmd::SetInterval,
                             cmd::SetSessions, cmd::SetExclude, cmd::SetRebook, cmd::SetReferral, cmd::ToggleAdvice, cmd::SetAdvice, cmd::Ask, cmd::Stroke, cmd::PerformAuto, cmd::AddStroke, cmd::SetCartridge, cmd::ClearStrokes, cmd::Submit, cmd::Retry, cmd::NextCase, cmd::BackToLibrary,
                             cmd::PlayVisit, cmd::ToggleManagement, cmd::SetManagement, cmd::SetVisitSeed>;

} // namespace core
