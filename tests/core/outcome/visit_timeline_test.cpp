// Tests outcome/visit_timeline.cpp: the seeded draw, time points merged in
// order, layers placed on the zones an outcome affects, spared risks, and a
// case's own follow-up step.
#include "outcome/visit_timeline.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace visit_timeline_test_detail {

core::Case fixtureCase(const std::function<void(core::Json&)>& edit = {}) { return fixtures::readValidCase(edit); }

core::Attempt foreheadAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.decision = core::Decision::Treat;
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, {core::Pattern::Vertical}, 2, core::Endpoint::Erythema});
    a.aftercare = {"spf30_daily", "no_makeup_24h"};
    return a;
}

core::VisitTimeline timelineOf(const core::Case& c, const core::Attempt& a) {
    const auto& data = fixtures::referenceData();
    return core::buildVisitTimeline(c, a, *data.protocol("clinic-standard"), data);
}

std::uint32_t seedWhere(const std::string& ruleId, double chance, bool happens) {
    for (std::uint32_t seed = 0; seed < 1000; ++seed) {
        if ((core::outcomeDraw(seed, ruleId) < chance) == happens) return seed;
    }
    FAIL("no seed below 1000 gives that draw");
    return 0;
}


TEST_CASE("the draw is a fixed number in 0 to 1 for a seed and a rule") {
    for (std::uint32_t seed : {0u, 1u, 77u, 4294967295u}) {
        const double d = core::outcomeDraw(seed, "acne_spread");
        CHECK(d >= 0.0);
        CHECK(d < 1.0);
        CHECK(core::outcomeDraw(seed, "acne_spread") == d);
    }
    CHECK(core::outcomeDraw(1, "acne_spread") != core::outcomeDraw(2, "acne_spread"));
    CHECK(core::outcomeDraw(1, "acne_spread") != core::outcomeDraw(1, "tram_tracks"));
}

TEST_CASE("over many seeds each likelihood shows about as often as its words say") {
    // common 0.5, uncommon 0.2, rare 0.05: over 4000 seeds the share should be
    // within 0.03 of each (a binomial standard error is at most 0.008 here).
    for (auto [likelihood, chance] : {std::pair{core::Likelihood::Common, 0.5}, {core::Likelihood::Uncommon, 0.2}, {core::Likelihood::Rare, 0.05}}) {
        REQUIRE(core::likelihoodChance(likelihood) == Approx(chance));
        int shown = 0;
        for (std::uint32_t seed = 0; seed < 4000; ++seed) shown += core::outcomeDraw(seed, "tram_tracks") < chance ? 1 : 0;
        CHECK(shown / 4000.0 == Approx(chance).margin(0.03));
    }
}

TEST_CASE("a careful plan shows only the normal course, redness on the treated zone") {
    const core::VisitTimeline t = timelineOf(fixtureCase(), foreheadAttempt());
    REQUIRE(t.visits.size() == 1);
    CHECK(t.visits[0].label == "Day 2");
    CHECK(t.visits[0].newOutcomes == std::vector<std::string>{"normal_course"});
    REQUIRE(t.visits[0].messages.size() == 1);
    CHECK_FALSE(t.visits[0].messages[0].clientSays.empty());
    REQUIRE(t.visits[0].skin.size() == 1); // the fixture has no skin layers of its own
    CHECK(t.visits[0].skin[0].kind == core::SkinKind::RednessRosacea);
    CHECK(t.visits[0].skin[0].zone == "forehead");
    CHECK(t.visits[0].affectedZones == std::vector<std::string>{"forehead"});
    CHECK(t.normalCourseOnly());
}

TEST_CASE("the same attempt and seed give the same timeline and another seed may not") {
    core::Attempt a = foreheadAttempt();
    a.aftercare.push_back("retinol_same_night"); // actives irritation, common
    a.visitSeed = seedWhere("actives_irritation", 0.5, true);
    const core::VisitTimeline first = timelineOf(fixtureCase(), a);
    const core::VisitTimeline again = timelineOf(fixtureCase(), a);
    REQUIRE(first.visits.size() == again.visits.size());
    for (std::size_t i = 0; i < first.visits.size(); ++i) CHECK(first.visits[i].label == again.visits[i].label);
    // Happened: day 2 (normal course) then day 3 (irritation: redness and papules on the forehead).
    REQUIRE(first.visits.size() == 2);
    CHECK(first.visits[1].label == "Day 3");
    CHECK(first.visits[1].newOutcomes == std::vector<std::string>{"actives_irritation"});
    CHECK(first.visits[1].skin.size() == 2);
    CHECK(first.visits[1].skin[1].kind == core::SkinKind::Papules);
    CHECK_FALSE(first.normalCourseOnly());
    // Spared: the risk is listed with its likelihood and adds no visit.
    a.visitSeed = seedWhere("actives_irritation", 0.5, false);
    const core::VisitTimeline spared = timelineOf(fixtureCase(), a);
    CHECK(spared.visits.size() == 1);
    REQUIRE(spared.sparedRisks().size() == 1);
    CHECK(spared.sparedRisks()[0]->id == "actives_irritation");
    CHECK(spared.sparedRisks()[0]->likelihood == core::Likelihood::Common);
}

TEST_CASE("acne spread is drawn where the spots were, not on every treated zone") {
    const core::Case c = fixtureCase([](core::Json& j) {
        j["findings"].push_back(core::Json::parse(R"({"id": "acne-1", "type": "active_acne", "zone": "chin", "position": [0.5, 0.78], "radius": 0.02})"));
    });
    core::Attempt a = foreheadAttempt();
    a.zones.push_back({"chin", core::ZoneAction::Treat, 0.5, {core::Pattern::Vertical}, 2, core::Endpoint::Erythema});
    a.visitSeed = seedWhere("acne_spread", 0.5, true);
    const core::VisitTimeline t = timelineOf(c, a);
    // Day 2 normal course; day 3 acne (pustules and redness on the chin); week 2 papules on the chin.
    REQUIRE(t.visits.size() == 3);
    CHECK(t.visits[1].label == "Day 3");
    CHECK(t.visits[1].affectedZones == std::vector<std::string>{"chin"});
    CHECK(t.visits[2].label == "Week 2");
    REQUIRE(t.visits[2].skin.size() == 1);
    CHECK(t.visits[2].skin[0].kind == core::SkinKind::Papules);
    CHECK(t.visits[2].skin[0].zone == "chin");
    CHECK(t.outcome("acne_spread")->firstVisit == 2);
}

TEST_CASE("a case's own step shows even after a deferral") {
    const auto& library = fixtures::bundledLibrary();
    const core::Case* c = nullptr;
    for (const auto& e : library.entries) {
        if (e.playable && e.playable->id == "a-acne-scars-cheeks") c = &*e.playable;
    }
    REQUIRE(c);
    core::Attempt a;
    a.caseId = c->id;
    a.decision = core::Decision::Defer;
    const core::VisitTimeline t = timelineOf(*c, a);
    REQUIRE(t.visits.size() == 1);
    CHECK(t.visits[0].label == "Week 5");
    CHECK(t.visits[0].newOutcomes == std::vector<std::string>{"session_two_isotretinoin"});
    const core::VisitOutcome* step = t.outcome("session_two_isotretinoin");
    REQUIRE(step);
    CHECK(step->fromCase);
    // The step cites the screening-practice entry: an organisation as author, so "Organisation Year".
    CHECK(step->citation.source.str().find("Microneedling Trainer authors 2026") != std::string::npos);
}

} // namespace visit_timeline_test_detail
