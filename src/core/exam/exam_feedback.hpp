// What a candidate may see when an exam is handed in, under the exam's
// feedback policy. The one home of that rule: the exam-done screen draws this
// view and nothing else, and the screenshot notes record it for tests.
#pragma once

#include "exam/exam_result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

struct CaseFeedback {
    std::string title;
    double total = 0;
    std::vector<std::string> criticalErrors; // in words
};

struct ExamFeedbackView {
    bool showScore = false;     // score_only and full
    double total = 0;           // only meaningful when showScore
    bool passed = false;        // only meaningful when showScore
    double passMark = 0;
    std::vector<CaseFeedback> cases; // only under full
};

[[nodiscard]] ExamFeedbackView examFeedbackView(const ExamResult& result);

} // namespace core
