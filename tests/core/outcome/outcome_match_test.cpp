// Tests outcome/outcome_match.cpp: for every bundled outcome rule, an attempt
// that triggers it and a close attempt that avoids it (reasoned from the rule
// text in assets/catalogue.json, not from the code's output).
#include "fixtures.hpp"
#include "outcome/outcome_match.hpp"

#include <catch2/catch.hpp>

#include <functional>

namespace outcome_match_test_detail {

// The fixture case (Fitzpatrick II, fine lines, a mole on the left cheek), edited.
core::Case caseWith(const std::function<void(core::Json&)>& edit = {}) { return fixtures::readValidCase(edit); }

// Treats one zone with the given depth, endpoint and passes.
core::Attempt treatOne(const std::string& zone, double depth, core::Endpoint endpoint = core::Endpoint::Erythema, int passes = 2) {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.decision = core::Decision::Treat;
    a.zones.push_back({zone, core::ZoneAction::Treat, depth, {core::Pattern::Vertical, core::Pattern::Horizontal}, passes, endpoint});
    // Hygiene advice given, so the infection rule (no "no make-up for 24 h") stays quiet unless a test wants it.
    a.aftercare = {"no_makeup_24h"};
    return a;
}

bool fires(const std::string& ruleId, const core::Case& c, const core::Attempt& a) {
    const auto& data = fixtures::referenceData();
    const core::Protocol* p = data.protocol("clinic-standard");
    REQUIRE(p);
    REQUIRE(data.catalogue.findOutcome(ruleId));
    for (const auto& t : core::triggeredOutcomes(core::OutcomeFacts{c, a, *p, data.catalogue})) {
        if (t.rule->id == ruleId) return true;
    }
    return false;
}


TEST_CASE("normal course follows any needling and nothing else") {
    const core::Case c = caseWith();
    core::Attempt treated = treatOne("forehead", 0.5);
    CHECK(fires("normal_course", c, treated));
    // Deferring needles nothing: there is no course to follow.
    core::Attempt deferred = treated;
    deferred.decision = core::Decision::Defer;
    CHECK_FALSE(fires("normal_course", c, deferred));
}

TEST_CASE("acne spreads when the needle goes through the spots and not when it goes around them") {
    const core::Case c = caseWith([](core::Json& j) {
        j["findings"].push_back(core::Json::parse(R"({"id": "acne-1", "type": "active_acne", "zone": "chin", "position": [0.5, 0.78], "radius": 0.02})"));
    });
    core::Attempt through = treatOne("chin", 0.5);
    CHECK(fires("acne_spread", c, through));
    core::Attempt around = through;
    around.zones[0].exclude = {"acne-1"}; // needled around with a margin
    CHECK_FALSE(fires("acne_spread", c, around));
    // A zone without spots is no trigger either.
    CHECK_FALSE(fires("acne_spread", c, treatOne("forehead", 0.5)));
}

TEST_CASE("pigment follows bleeding work on type V skin without sun advice") {
    const core::Case typeV = caseWith([](core::Json& j) { j["client"]["fitzpatrick"] = 5; });
    const core::Attempt bleeding = treatOne("cheek_right", 1.5, core::Endpoint::PinpointBleeding);
    CHECK(fires("pih_darker_skin", typeV, bleeding));
    core::Attempt withSpf = bleeding;
    withSpf.aftercare.push_back("spf30_daily");
    CHECK_FALSE(fires("pih_darker_skin", typeV, withSpf));
    // The same work on type II skin is not this risk.
    CHECK_FALSE(fires("pih_darker_skin", caseWith(), bleeding));
    // Shallow erythema work (0.5 mm, below the 1.0 mm of the rule) on type V is not either.
    CHECK_FALSE(fires("pih_darker_skin", typeV, treatOne("cheek_right", 0.5)));
}

TEST_CASE("actives the same night irritate and gentle aftercare does not") {
    const core::Case c = caseWith();
    core::Attempt retinol = treatOne("forehead", 0.5);
    retinol.aftercare.push_back("retinol_same_night");
    CHECK(fires("actives_irritation", c, retinol));
    core::Attempt scrub = treatOne("forehead", 0.5);
    scrub.aftercare.push_back("scrub_next_day");
    CHECK(fires("actives_irritation", c, scrub));
    core::Attempt gentle = treatOne("forehead", 0.5);
    gentle.aftercare.push_back("gentle_cleanser");
    CHECK_FALSE(fires("actives_irritation", c, gentle));
}

TEST_CASE("a product not made for needled skin risks granulomas") {
    const core::Case c = caseWith();
    core::Attempt vitaminC = treatOne("forehead", 0.5);
    vitaminC.aftercare.push_back("vitamin_c_straight_after");
    CHECK(fires("granuloma_topical", c, vitaminC));
    core::Attempt hydrate = treatOne("forehead", 0.5);
    hydrate.aftercare.push_back("hydrate");
    CHECK_FALSE(fires("granuloma_topical", c, hydrate));
}

TEST_CASE("a cold sore history without antiviral cover risks reactivation") {
    const core::Case history = caseWith([](core::Json& j) { j["client"]["medical_history"] = core::Json::array({"Cold sores two or three times a year"}); });
    const core::Attempt lips = treatOne("perioral", 0.5);
    CHECK(fires("herpes_reactivation", history, lips));
    // Cover arranged by the client's prescriber (the intake names the medicine).
    const core::Case covered = caseWith([](core::Json& j) {
        j["client"]["medical_history"] = core::Json::array({"Cold sores two or three times a year"});
        j["client"]["medications"] = core::Json::array({"Aciclovir 400 mg from the day before treatment"});
    });
    CHECK_FALSE(fires("herpes_reactivation", covered, lips));
    // Cover advised by the practitioner.
    core::Attempt advised = lips;
    advised.followUp.advice = {"antiviral_cover"};
    CHECK_FALSE(fires("herpes_reactivation", history, advised));
    // No history: no risk from this rule.
    CHECK_FALSE(fires("herpes_reactivation", caseWith(), lips));
}

TEST_CASE("the bundled cold sore case with aciclovir started does not reactivate") {
    const auto& library = fixtures::bundledLibrary();
    const core::Case* c = nullptr;
    for (const auto& e : library.entries) {
        if (e.playable && e.playable->id == "c-cold-sore-prone-antiviral-cover") c = &*e.playable;
    }
    REQUIRE(c);
    core::Attempt a = treatOne("perioral", 0.75);
    a.caseId = c->id;
    CHECK_FALSE(fires("herpes_reactivation", *c, a));
}

TEST_CASE("tram tracks follow depth past the zone maximum or more than four passes") {
    const core::Case c = caseWith();
    // clinic-standard: forehead safety maximum 1.0 mm.
    CHECK(fires("tram_tracks", c, treatOne("forehead", 1.5)));
    CHECK_FALSE(fires("tram_tracks", c, treatOne("forehead", 1.0)));
    CHECK(fires("tram_tracks", c, treatOne("forehead", 0.5, core::Endpoint::Erythema, 5)));
    CHECK_FALSE(fires("tram_tracks", c, treatOne("forehead", 0.5, core::Endpoint::Erythema, 4)));
}

TEST_CASE("a nickel allergy flares under the needles") {
    const core::Case nickel = caseWith([](core::Json& j) { j["client"]["allergies"] = core::Json::array({"Nickel (earrings)"}); });
    CHECK(fires("metal_dermatitis", nickel, treatOne("forehead", 0.5)));
    const core::Case penicillin = caseWith([](core::Json& j) { j["client"]["allergies"] = core::Json::array({"Penicillin"}); });
    CHECK_FALSE(fires("metal_dermatitis", penicillin, treatOne("forehead", 0.5)));
}

TEST_CASE("needling deep over filler inflames the site and the cap does not") {
    const core::Case c = caseWith([](core::Json& j) {
        j["findings"].push_back(core::Json::parse(R"({"id": "filler-1", "type": "filler_site", "zone": "cheek_right", "position": [0.4, 0.45], "radius": 0.03})"));
    });
    // The rule: over a filler site deeper than 0.5 mm (the default filler cap).
    CHECK(fires("filler_site_reaction", c, treatOne("cheek_right", 1.0)));
    CHECK_FALSE(fires("filler_site_reaction", c, treatOne("cheek_right", 0.5)));
}

TEST_CASE("make-up straight after or no hygiene advice risks infection") {
    const core::Case c = caseWith();
    core::Attempt noAdvice = treatOne("forehead", 0.5);
    noAdvice.aftercare.clear(); // "no make-up for 24 hours" never said
    CHECK(fires("infection_aftercare", c, noAdvice));
    core::Attempt foundation = treatOne("forehead", 0.5); // the advice given...
    foundation.aftercare.push_back("heavy_foundation_after"); // ...and contradicted
    CHECK(fires("infection_aftercare", c, foundation));
    CHECK_FALSE(fires("infection_aftercare", c, treatOne("forehead", 0.5)));
}

TEST_CASE("every bundled outcome rule has a trigger test above") {
    // The rules this file covers; a new rule in the catalogue must add its pair of tests here.
    const std::vector<std::string> covered{"normal_course", "acne_spread", "pih_darker_skin", "actives_irritation", "granuloma_topical",
                                           "herpes_reactivation", "tram_tracks", "metal_dermatitis", "filler_site_reaction", "infection_aftercare"};
    std::vector<std::string> bundled;
    for (const auto& rule : fixtures::referenceData().catalogue.outcomes) bundled.push_back(rule.id);
    CHECK(bundled == covered);
}

} // namespace outcome_match_test_detail
