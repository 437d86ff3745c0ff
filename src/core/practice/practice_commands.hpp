// The Commands of practice mode: every change a trainee makes, as plain data.
// Widgets emit them, the script driver reads them from text, and
// PracticeSession::apply is the one place they change state.
#pragma once

#include "model/vocabulary.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace core {

enum class Stage { Library, Consultation, Plan, Aftercare, Debrief };

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
struct Submit {};
struct Retry {};
struct NextCase {};
struct BackToLibrary {};
} // namespace cmd

using Command = std::variant<cmd::OpenCase, cmd::GoTo, cmd::ToggleFlag, cmd::SetFlag, cmd::SetDecision, cmd::SelectZone,
                             cmd::SetZoneAction, cmd::SetDepth, cmd::TogglePattern, cmd::SetPatterns, cmd::SetPasses,
                             cmd::SetEndpoint, cmd::MirrorZone, cmd::ToggleAftercare, cmd::SetAftercare, cmd::SetInterval,
                             cmd::SetSessions, cmd::SetExclude, cmd::SetRebook, cmd::SetReferral, cmd::ToggleAdvice, cmd::SetAdvice, cmd::Ask, cmd::Submit, cmd::Retry, cmd::NextCase, cmd::BackToLibrary>;

} // namespace core
