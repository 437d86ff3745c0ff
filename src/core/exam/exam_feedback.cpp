// The feedback policy applied to a handed-in sitting: none shows nothing,
// score_only the total and verdict, full adds each case with its critical errors.
#include "exam/exam_feedback.hpp"

namespace core {

ExamFeedbackView examFeedbackView(const ExamResult& result) {
    ExamFeedbackView view;
    view.passMark = result.exam.passMark;
    const FeedbackPolicy policy = result.exam.feedback;
    if (policy == FeedbackPolicy::None) return view;
    view.showScore = true;
    view.total = result.total();
    view.passed = result.passed();
    if (policy != FeedbackPolicy::Full) return view;
    for (const auto& c : result.cases) {
        CaseFeedback f{c.caseTitle, c.report.total, {}};
        for (const auto& critical : c.report.critical) f.criticalErrors.push_back(critical.message);
        view.cases.push_back(std::move(f));
    }
    return view;
}

} // namespace core
