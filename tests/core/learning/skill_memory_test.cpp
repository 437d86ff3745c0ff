// One skill's replay: BKT mastery, FSRS state, the Easy-before-due rule and the due date.
#include "learning/skill_memory.hpp"

#include <catch2/catch.hpp>

#include <vector>

namespace skill_memory_test_detail {

constexpr double kDay = 86400.0;
constexpr double kStart = 1'700'000'000.0;

core::SkillEvent at(double days, core::Rating rating) { return {kStart + days * kDay, rating}; }

} // namespace skill_memory_test_detail

using skill_memory_test_detail::at;
using skill_memory_test_detail::kDay;
using skill_memory_test_detail::kStart;

TEST_CASE("no events: prior mastery, no memory, never due") {
    const auto memory = core::replaySkill(core::BktParams{}, core::fsrsDefaultParams(), {});
    CHECK(memory.mastery == Approx(0.2));
    CHECK_FALSE(memory.memory.has_value());
    CHECK(memory.observations == 0);
    CHECK_FALSE(memory.dueAt(kStart));
    CHECK(memory.retrievabilityAt(core::fsrsDefaultParams(), kStart) == 0.0);
}

TEST_CASE("first Good: BKT step from the prior, FSRS initial state, due after the interval") {
    const auto fsrs = core::fsrsDefaultParams();
    const auto memory = core::replaySkill(core::BktParams{}, fsrs, {at(0, core::Rating::Good)});
    // BKT from 0.2 after a correct answer: 0.494595 (worked in bkt_test.cpp).
    CHECK(memory.mastery == Approx(0.494595).epsilon(1e-5));
    REQUIRE(memory.memory.has_value());
    CHECK(memory.memory->stability == Approx(2.3065));
    // Interval at 0.9: round(2.3065) = 2 days.
    CHECK(memory.dueUnix == kStart + 2 * kDay);
    CHECK(memory.observations == 1);
    CHECK(memory.correct == 1);
    CHECK_FALSE(memory.dueAt(kStart + 1 * kDay));
    CHECK(memory.dueAt(kStart + 2 * kDay));
    // Retrievability is 0.9 after S days.
    CHECK(memory.retrievabilityAt(fsrs, kStart + 2.3065 * kDay) == Approx(0.9));
}

TEST_CASE("desired retention moves the due date") {
    auto fsrs = core::fsrsDefaultParams();
    fsrs.desiredRetention = 0.8;
    // 2.3065 / 0.980346 * (0.8^-6.485084 - 1) = 2.352740 * 3.250790 = 7.648 -> 8 days.
    const auto memory = core::replaySkill(core::BktParams{}, fsrs, {at(0, core::Rating::Good)});
    CHECK(memory.dueUnix == kStart + 8 * kDay);
}

TEST_CASE("Good before the skill is due counts as Easy, after it stays Good") {
    const auto fsrs = core::fsrsDefaultParams();
    const auto first = core::fsrsInitialState(fsrs, core::Rating::Good);
    // Due at day 2; a Good on day 1 is scheduled as Easy (recall with the easy bonus w16).
    const auto early = core::replaySkill(core::BktParams{}, fsrs, {at(0, core::Rating::Good), at(1, core::Rating::Good)});
    const auto easy = core::fsrsNextState(fsrs, first, 1.0, core::Rating::Easy);
    REQUIRE(early.memory.has_value());
    CHECK(early.memory->stability == Approx(easy.stability));
    CHECK(early.memory->difficulty == Approx(easy.difficulty));
    // On day 3 it was due: Good stays Good.
    const auto late = core::replaySkill(core::BktParams{}, fsrs, {at(0, core::Rating::Good), at(3, core::Rating::Good)});
    const auto good = core::fsrsNextState(fsrs, first, 3.0, core::Rating::Good);
    REQUIRE(late.memory.has_value());
    CHECK(late.memory->stability == Approx(good.stability));
    CHECK(late.dueUnix == kStart + 3 * kDay + core::fsrsIntervalDays(fsrs, good.stability) * kDay);
    // A Hard before due is not promoted.
    const auto hard = core::replaySkill(core::BktParams{}, fsrs, {at(0, core::Rating::Good), at(1, core::Rating::Hard)});
    REQUIRE(hard.memory.has_value());
    CHECK(hard.memory->stability == Approx(core::fsrsNextState(fsrs, first, 1.0, core::Rating::Hard).stability));
}

TEST_CASE("Again and Hard lower mastery and do not count as correct") {
    const core::BktParams bkt;
    const auto fsrs = core::fsrsDefaultParams();
    const auto memory = core::replaySkill(bkt, fsrs,
                                          {at(0, core::Rating::Again), at(1, core::Rating::Hard), at(2, core::Rating::Good)});
    CHECK(memory.observations == 3);
    CHECK(memory.correct == 1);
    // BKT: wrong from 0.2 -> 0.180576; wrong again -> ...; then right.
    const double expected = core::bktUpdate(bkt, core::bktUpdate(bkt, core::bktUpdate(bkt, 0.2, false), false), true);
    CHECK(memory.mastery == Approx(expected));
    CHECK(core::bktUpdate(bkt, 0.2, false) == Approx(0.180576).epsilon(1e-5));
}

TEST_CASE("applying events one by one equals replaying them all") {
    const core::BktParams bkt;
    const auto fsrs = core::fsrsDefaultParams();
    const std::vector<core::SkillEvent> events{at(0, core::Rating::Good), at(0.2, core::Rating::Again),
                                               at(4, core::Rating::Good), at(20, core::Rating::Hard)};
    const auto replayed = core::replaySkill(bkt, fsrs, events);
    core::SkillMemory stepped;
    for (const auto& event : events) {
        stepped = core::applySkillEvent(bkt, fsrs, stepped, event);
    }
    REQUIRE(stepped.memory.has_value());
    CHECK(stepped.mastery == Approx(replayed.mastery));
    CHECK(stepped.memory->stability == Approx(replayed.memory->stability));
    CHECK(stepped.memory->difficulty == Approx(replayed.memory->difficulty));
    CHECK(stepped.dueUnix == replayed.dueUnix);
    CHECK(stepped.lastReviewUnix == kStart + 20 * kDay);
}
