// Perform mode's feedback policy (see perform_feedback.hpp).
#include "perform/perform_feedback.hpp"

namespace core {

PerformFeedback performFeedback(const Protocol* protocol, bool inExam) {
    PerformFeedback shown;
    if (inExam && protocol && protocol->technique.hideFeedbackInExam) {
        shown.skin = false;
        shown.figures = false;
        shown.why = "This exam's profile hides the skin's response while you needle: work from your plan and your hand.";
    }
    return shown;
}

bool bleedsAtDepth(const Protocol* protocol, std::optional<double> depthMm) {
    return protocol && depthMm && *depthMm + 1e-9 >= protocol->planDefaults.bleedingMinMm;
}

} // namespace core
