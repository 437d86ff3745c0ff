// The perform rules the live screen and the grader share: the stray rules
// (the plan's and the key's zones) and the pen head from the cartridge.
#include "perform/perform_rules.hpp"

#include "fixtures.hpp"
#include "grading/grading_inputs.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

TEST_CASE("the stray rules hold the plan's treated zones and every avoided zone the key names") {
    // a-acne-scars-cheeks: the key treats both cheeks and jawlines and avoids the chin.
    auto c = core::loadCaseFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library/a-acne-scars-cheeks.json", fixtures::referenceData());
    REQUIRE(c);
    core::Attempt a;
    a.caseId = c->id;
    a.zones.push_back(core::AttemptZone{"cheek_left", core::ZoneAction::Treat, {}, {}, {}, {}});
    a.zones.push_back(core::AttemptZone{"forehead", core::ZoneAction::Avoid, {}, {}, {}, {}});
    const core::StrayRules rules = core::strayRulesFor(a, *c);
    // Treated: only what the attempt treats (the key's other treated zones are not licences).
    CHECK(rules.treated == std::set<std::string>{"cheek_left"});
    // Avoided: the attempt's forehead plus the key's chin, which the live screen
    // once left out (it said "points lost" where the grade was a critical fail).
    CHECK(rules.avoided == std::set<std::string>{"chin", "forehead"});
}

TEST_CASE("the pen head is the chosen cartridge's and the catalogue's first otherwise") {
    const auto& catalogue = fixtures::referenceData().catalogue;
    REQUIRE(catalogue.cartridges.size() >= 2);
    const core::Cartridge& first = catalogue.cartridges.front();
    const core::Cartridge& second = catalogue.cartridges[1];
    CHECK(core::performHeadMm(nullptr, catalogue) == first.headMm);
    core::PerformRecord record;
    record.cartridge = second.id;
    CHECK(core::performHeadMm(&record, catalogue) == second.headMm);
    // An unknown cartridge: the catalogue's first, live and in the grade alike.
    record.cartridge = "no_such_cartridge";
    CHECK(core::performCartridge(&record, catalogue) == &first);
    CHECK(core::performHeadMm(&record, catalogue) == first.headMm);
    CHECK(core::performHeadMm(&record, core::Catalogue{}) == 7.0); // no cartridges at all
    // A catalogue whose first head is 4 mm: an unknown cartridge measures with 4 mm,
    // not the 7 mm the grader once fell back to while the live screen used 4.
    core::Catalogue small;
    core::Cartridge fine;
    fine.id = "needles_9";
    fine.headMm = 4.0;
    small.cartridges = {fine};
    CHECK(core::performHeadMm(&record, small) == 4.0);
}
