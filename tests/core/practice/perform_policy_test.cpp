// Perform mode's policy: feedback in practice and exams, the pen head from
// the cartridge, when a depth bleeds, and the keyboard path's lanes.
#include "practice/perform_policy.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("perform feedback shows in practice and in exams unless the profile hides it") {
    core::Protocol protocol;
    protocol.technique.hideFeedbackInExam = false;
    CHECK(core::performFeedback(&protocol, false).skin);
    CHECK(core::performFeedback(&protocol, true).skin);
    protocol.technique.hideFeedbackInExam = true;
    CHECK(core::performFeedback(&protocol, false).skin); // practice always shows it
    const auto exam = core::performFeedback(&protocol, true);
    CHECK_FALSE(exam.skin);
    CHECK_FALSE(exam.figures);
    CHECK_FALSE(exam.why.empty());
    CHECK(core::performFeedback(nullptr, true).skin);
}

TEST_CASE("the pen head is the chosen cartridge's and a depth of 1.0 mm or more bleeds") {
    const auto& catalogue = fixtures::referenceData().catalogue;
    REQUIRE(catalogue.cartridges.size() >= 2);
    const core::Cartridge& first = catalogue.cartridges.front();
    const core::Cartridge& second = catalogue.cartridges[1];
    CHECK(core::performHeadMm(nullptr, catalogue) == first.headMm);
    core::PerformRecord record;
    record.cartridge = second.id;
    CHECK(core::performHeadMm(&record, catalogue) == second.headMm);
    record.cartridge = "no_such_cartridge";
    CHECK(core::performCartridge(&record, catalogue) == &first);
    CHECK_FALSE(core::bleedsAtDepth(std::nullopt));
    CHECK_FALSE(core::bleedsAtDepth(0.75));
    CHECK(core::bleedsAtDepth(1.0));
    CHECK(core::bleedsAtDepth(1.75));
}

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
