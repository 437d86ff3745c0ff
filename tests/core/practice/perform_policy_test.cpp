// Perform mode's keyboard path: its lanes (the pen head is perform_rules_test's,
// the feedback policy perform_feedback_test's).
#include "practice/perform_policy.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a keyboard lane glides back along the same line when reversed") {
    const auto& zones = fixtures::referenceData().zones;
    const auto forward = core::keyboardLane(zones, "forehead", core::Pattern::Horizontal, 7.0, 0, false, 1000);
    const auto back = core::keyboardLane(zones, "forehead", core::Pattern::Horizontal, 7.0, 0, true, 1000);
    REQUIRE(forward.samples.size() >= 2);
    REQUIRE(back.samples.size() == forward.samples.size());
    CHECK(forward.zone == "forehead");
    CHECK(forward.startMs == 1000);
    // Horizontal lanes run left to right; reversed, right to left over the same points.
    CHECK(forward.samples.front().x < forward.samples.back().x);
    CHECK(back.samples.front().x == forward.samples.back().x);
    CHECK(back.samples.back().x == forward.samples.front().x);
    CHECK(back.samples.front().tMs == 0);
    CHECK(back.samples.back().tMs == forward.samples.back().tMs);
    for (std::size_t i = 1; i < back.samples.size(); ++i) CHECK(back.samples[i].tMs >= back.samples[i - 1].tMs);
    // The next lane is another line; past the last lane it wraps to the first.
    const auto second = core::keyboardLane(zones, "forehead", core::Pattern::Horizontal, 7.0, 1, false, 0);
    CHECK(second.samples.front().y != forward.samples.front().y);
    CHECK(core::keyboardLane(zones, "no_such_zone", core::Pattern::Vertical, 7.0, 0, false, 0).samples.empty());
}
