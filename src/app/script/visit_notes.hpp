// The follow-up visits' part of a screenshot's notes: the timeline, the visit
// on screen, the layers drawn and where, the choices made and their grade.
#pragma once

#include "practice/practice_session.hpp"

#include "json/json_document.hpp"

namespace app {

// Null when no case is open or nothing follows the attempt.
[[nodiscard]] core::Json visitNotes(const core::PracticeSession& session);

} // namespace app
