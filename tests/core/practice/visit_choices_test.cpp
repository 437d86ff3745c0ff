// Tests practice/visit_choices.cpp: ticks at a follow-up visit are a draft
// until confirmed; confirming moves them into the attempt in visit order and
// locks them; clearing (a new attempt) drops the drafts.
#include "practice/visit_choices.hpp"

#include <catch2/catch.hpp>

namespace visit_choices_test_detail {

using core::ManagementChoice;
using Choices = std::vector<ManagementChoice>;

TEST_CASE("visit choices stay a draft outside the attempt until confirmed") {
    core::Attempt attempt;
    core::VisitChoices choices;
    REQUIRE(choices.set(attempt, 2, {ManagementChoice::Reassure, ManagementChoice::Reassure, ManagementChoice::StrictSpf}).has_value());
    // The repeat is dropped; nothing is in the attempt yet.
    CHECK(choices.shown(attempt, 2) == Choices{ManagementChoice::Reassure, ManagementChoice::StrictSpf});
    CHECK(attempt.visits.empty());
    CHECK_FALSE(core::VisitChoices::confirmed(attempt, 2));
    // Toggling an unticked choice adds it at the end; a ticked one goes.
    REQUIRE(choices.toggle(attempt, 2, ManagementChoice::ReferGp).has_value());
    REQUIRE(choices.toggle(attempt, 2, ManagementChoice::Reassure).has_value());
    CHECK(choices.shown(attempt, 2) == Choices{ManagementChoice::StrictSpf, ManagementChoice::ReferGp});
    // Another visit has its own draft.
    CHECK(choices.shown(attempt, 1).empty());
}

TEST_CASE("confirming puts the visit into the attempt in visit order and locks it") {
    core::Attempt attempt;
    core::VisitChoices choices;
    REQUIRE(choices.set(attempt, 3, {ManagementChoice::PauseCourse}).has_value());
    REQUIRE(choices.set(attempt, 1, {ManagementChoice::Reassure}).has_value());
    REQUIRE(choices.confirm(attempt, 3, "Week 2").has_value());
    REQUIRE(choices.confirm(attempt, 1, "Day 2").has_value());
    // Confirmed 3 then 1: the attempt lists 1 then 3.
    REQUIRE(attempt.visits.size() == 2);
    CHECK(attempt.visits[0].number == 1);
    CHECK(attempt.visits[1].number == 3);
    CHECK(attempt.visits[1].choices == Choices{ManagementChoice::PauseCourse});
    // Locked: no change, no second confirm, and the shown ticks are the confirmed ones.
    CHECK_FALSE(choices.toggle(attempt, 3, ManagementChoice::ReferGp).has_value());
    CHECK_FALSE(choices.set(attempt, 3, {}).has_value());
    const auto again = choices.confirm(attempt, 3, "Week 2");
    REQUIRE_FALSE(again.has_value());
    CHECK_THAT(again.error().summary(), Catch::Contains("visit 3") && Catch::Contains("retry the case"));
    CHECK(choices.shown(attempt, 3) == Choices{ManagementChoice::PauseCourse});
    CHECK(attempt.visits.size() == 2);
}

TEST_CASE("confirming nothing is refused and a cleared draft is gone") {
    core::Attempt attempt;
    core::VisitChoices choices;
    const auto none = choices.confirm(attempt, 1, "Day 3");
    REQUIRE_FALSE(none.has_value());
    CHECK_THAT(none.error().summary(), Catch::Contains("Day 3 visit before confirming"));
    // Ticked then unticked is nothing too.
    REQUIRE(choices.toggle(attempt, 1, ManagementChoice::Reassure).has_value());
    REQUIRE(choices.toggle(attempt, 1, ManagementChoice::Reassure).has_value());
    CHECK_FALSE(choices.confirm(attempt, 1, "Day 3").has_value());
    REQUIRE(choices.set(attempt, 1, {ManagementChoice::StopActives}).has_value());
    choices.clear();
    CHECK(choices.shown(attempt, 1).empty());
    CHECK(attempt.visits.empty());
}

} // namespace visit_choices_test_detail
