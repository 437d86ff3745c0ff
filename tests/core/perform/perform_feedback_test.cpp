// Perform mode's feedback policy: the skin's response and figures in practice
// and exams (technique.hide_feedback_in_exam), and the bleeding depth from the
// profile (plan_defaults.bleeding_min_mm).
#include "perform/perform_feedback.hpp"

#include <catch2/catch.hpp>

TEST_CASE("perform feedback shows in practice and in exams unless the profile hides it") {
    core::Protocol protocol;
    protocol.technique.hideFeedbackInExam = false;
    CHECK(core::performFeedback(&protocol, false).skin);
    CHECK(core::performFeedback(&protocol, true).skin);
    CHECK(core::performFeedback(&protocol, true).figures);
    protocol.technique.hideFeedbackInExam = true;
    CHECK(core::performFeedback(&protocol, false).skin); // practice always shows it
    CHECK(core::performFeedback(&protocol, false).figures);
    const auto exam = core::performFeedback(&protocol, true);
    CHECK_FALSE(exam.skin);
    CHECK_FALSE(exam.figures);
    CHECK_FALSE(exam.why.empty());
    CHECK(core::performFeedback(nullptr, true).skin); // no profile loaded: nothing to hide by
}

TEST_CASE("the endpoint bleeds from the profile's bleeding_min_mm and deeper") {
    core::Protocol protocol;
    protocol.planDefaults.bleedingMinMm = 1.0; // the bundled profiles' value
    CHECK_FALSE(core::bleedsAtDepth(&protocol, std::nullopt)); // no depth planned
    CHECK_FALSE(core::bleedsAtDepth(&protocol, 0.75));
    CHECK(core::bleedsAtDepth(&protocol, 1.0)); // at the minimum itself
    CHECK(core::bleedsAtDepth(&protocol, 1.75));
    // A profile that sets 1.5 mm: 1.0 and 1.25 now only redden, 1.5 bleeds.
    protocol.planDefaults.bleedingMinMm = 1.5;
    CHECK_FALSE(core::bleedsAtDepth(&protocol, 1.0));
    CHECK_FALSE(core::bleedsAtDepth(&protocol, 1.25));
    CHECK(core::bleedsAtDepth(&protocol, 1.5));
    // And one that sets 0.5 mm: 0.75 bleeds.
    protocol.planDefaults.bleedingMinMm = 0.5;
    CHECK(core::bleedsAtDepth(&protocol, 0.75));
    CHECK_FALSE(core::bleedsAtDepth(nullptr, 2.0)); // no profile: no rule to bleed by
}
