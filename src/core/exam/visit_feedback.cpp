// The follow-up screen's feedback rule (see visit_feedback.hpp).
#include "exam/visit_feedback.hpp"

namespace core {

VisitFeedback visitFeedback(const Exam* sitting) {
    VisitFeedback shown;
    if (!sitting) return shown;
    shown.debriefLink = false; // no debrief during a sitting
    if (sitting->feedback == FeedbackPolicy::Full) return shown;
    shown.result = false;
    shown.likelihood = false;
    shown.sparedRisks = false;
    return shown;
}

} // namespace core
