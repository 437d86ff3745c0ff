// The follow-up screen's feedback rule: everything in practice; in a sitting
// the exam's feedback policy decides, and no sitting links to a debrief.
#include "exam/visit_feedback.hpp"

#include <catch2/catch.hpp>

TEST_CASE("practice shows the follow-up's result and likelihood and an exam's feedback policy can hide them") {
    const core::VisitFeedback practice = core::visitFeedback(nullptr);
    CHECK(practice.result);
    CHECK(practice.likelihood);
    CHECK(practice.sparedRisks);
    CHECK(practice.debriefLink);

    core::Exam exam;
    exam.feedback = core::FeedbackPolicy::None;
    const core::VisitFeedback none = core::visitFeedback(&exam);
    CHECK_FALSE(none.result);
    CHECK_FALSE(none.likelihood); // "expected: the normal course" would name the answer
    CHECK_FALSE(none.sparedRisks);
    CHECK_FALSE(none.debriefLink);

    exam.feedback = core::FeedbackPolicy::ScoreOnly; // the total after hand-in, nothing per visit
    const core::VisitFeedback scoreOnly = core::visitFeedback(&exam);
    CHECK_FALSE(scoreOnly.result);
    CHECK_FALSE(scoreOnly.likelihood);
    CHECK_FALSE(scoreOnly.sparedRisks);

    exam.feedback = core::FeedbackPolicy::Full;
    const core::VisitFeedback full = core::visitFeedback(&exam);
    CHECK(full.result);
    CHECK(full.likelihood);
    CHECK(full.sparedRisks);
    CHECK_FALSE(full.debriefLink); // still no debrief during a sitting
}
