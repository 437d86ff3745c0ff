// The lock-down of an exam sitting, phase by phase and scope by scope.
#include "exam/sitting_lockdown.hpp"

#include <catch2/catch.hpp>

TEST_CASE("sitting lock-down: outside a sitting everything is allowed") {
    using S = core::ActionScope;
    for (S scope : {S::ExamAnswer, S::ExamControl, S::Display, S::Proctor, S::Practice, S::Authoring}) {
        CHECK(core::checkSittingAllows(core::SittingPhase::None, scope).has_value());
    }
}

TEST_CASE("sitting lock-down: while a sitting runs the library and the editor are refused") {
    using S = core::ActionScope;
    for (S scope : {S::ExamAnswer, S::ExamControl, S::Display, S::Proctor}) CHECK(core::checkSittingAllows(core::SittingPhase::Running, scope).has_value());
    for (S scope : {S::Practice, S::Authoring}) {
        const auto refused = core::checkSittingAllows(core::SittingPhase::Running, scope);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary() == "an exam is in progress: the library and the editor are closed until it is handed in");
    }
}

TEST_CASE("sitting lock-down: after hand-in only the display and the proctor act") {
    using S = core::ActionScope;
    for (S scope : {S::Display, S::Proctor}) CHECK(core::checkSittingAllows(core::SittingPhase::HandedIn, scope).has_value());
    for (S scope : {S::ExamAnswer, S::ExamControl, S::Practice, S::Authoring}) {
        const auto refused = core::checkSittingAllows(core::SittingPhase::HandedIn, scope);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary().find("the window stays on the hand-in screen until the proctor closes it") != std::string::npos);
    }
}

TEST_CASE("sitting lock-down: closing the window needs the proctor while a sitting runs or waits on the hand-in screen") {
    CHECK(core::closeRuleFor(core::SittingPhase::None) == core::CloseRule::Free);
    CHECK(core::closeRuleFor(core::SittingPhase::Running) == core::CloseRule::NeedsProctor);
    CHECK(core::closeRuleFor(core::SittingPhase::HandedIn) == core::CloseRule::NeedsProctor);
}
