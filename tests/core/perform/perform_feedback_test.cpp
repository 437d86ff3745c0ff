// The profile's hide-in-exam setting and the bleeding-dots endpoint.
#include "perform/perform_feedback.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the profile can hide the skin's response in exams only") {
    core::TechniqueRules rules;
    CHECK(core::showsPerformFeedback(rules, false));
    CHECK(core::showsPerformFeedback(rules, true));
    rules.hideFeedbackInExam = true;
    CHECK(core::showsPerformFeedback(rules, false)); // practice always shows it
    CHECK_FALSE(core::showsPerformFeedback(rules, true));
}

TEST_CASE("bleeding dots need the depth and the planned passes") {
    core::Protocol p; // bleeding_min_mm defaults to 1.0
    CHECK_FALSE(core::showsBleeding(p, 0.75, 3, 2)); // too shallow: reddening only
    CHECK_FALSE(core::showsBleeding(p, 1.0, 1, 2));  // deep enough, one pass of two
    CHECK(core::showsBleeding(p, 1.0, 2, 2));
    p.planDefaults.bleedingMinMm = 1.5;
    CHECK_FALSE(core::showsBleeding(p, 1.0, 2, 2));
}
