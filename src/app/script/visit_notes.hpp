// The follow-up visits' part of a screenshot's notes: the timeline, the visit
// on screen, the layers drawn and where, the choices made and their grade.
#pragma once

#include "exam/visit_feedback.hpp"
#include "practice/practice_session.hpp"

#include "json/json_document.hpp"

namespace app {

// Null when no case is open or nothing follows the attempt. `sitting`: the
// exam being sat (null in practice); "shown" records what its feedback policy
// lets the screen show, and the graded result is noted only when shown.
[[nodiscard]] core::Json visitNotes(const core::PracticeSession& session, const core::Exam* sitting);

} // namespace app
