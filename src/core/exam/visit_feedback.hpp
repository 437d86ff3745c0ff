// What the follow-up visits screen may show: everything in practice, and in
// an exam with follow-up steps what the exam's feedback policy allows. The one
// home of that rule: the visits panel and the screen notes both read it.
#pragma once

#include "model/exam.hpp"

namespace core {

struct VisitFeedback {
    bool result = true;       // the graded management: score, critical errors, debrief lines
    bool likelihood = true;   // "How likely: expected: the normal course..." (it names the right management)
    bool sparedRisks = true;  // risks the plan carried that did not happen (feedback on the plan)
    bool debriefLink = true;  // the way back to the case's debrief (none in a sitting)
};

// `sitting`: the exam being sat, or null in practice. Under "full" a sitting
// shows the result and the likelihood as practice does (never the debrief);
// under "score_only" and "none" it shows the visit and the choices only.
[[nodiscard]] VisitFeedback visitFeedback(const Exam* sitting);

} // namespace core
