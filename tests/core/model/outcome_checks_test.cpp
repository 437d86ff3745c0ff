// Tests model/outcome_checks.cpp: the meaning checks of outcome rules and
// case visit steps, each error at the JSON pointer of the bad value.
#include "model/catalogue.hpp"
#include "terms/outcome_rules.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace outcome_checks_test_detail {

// One rule, valid as written; each test breaks one part.
core::Json validRule() {
    return core::Json::parse(R"([{
      "id": "test_rule", "label": "A test rule",
      "when": {"all": [{"treating": true}, {"client_has": "active_acne"}]},
      "likelihood": "common",
      "course": [
        {"at": {"days": 3}, "client_says": "Spots.", "practitioner_sees": "Pustules.", "layers": [{"kind": "pustules", "severity": 0.6}]},
        {"at": {"weeks": 2}, "client_says": "Better.", "practitioner_sees": "Papules.", "layers": [{"kind": "papules", "place": "zones", "zones": ["chin"]}]}
      ],
      "manage": {"expected": ["refer_gp"], "harmful": ["reassure"], "feedback": "See the GP."},
      "refs": ["chu-2021-microneedling-safety"]
    }])");
}

std::vector<std::string> problems(const core::Json& rules) {
    core::Diagnostics d;
    const auto read = core::readOutcomeRules(rules, "/outcomes", d);
    const auto& data = fixtures::referenceData();
    core::checkOutcomeRules(read, data.catalogue, data.zones, d);
    std::vector<std::string> out;
    for (const auto& item : d.items()) {
        if (item.severity == core::Severity::Error) out.push_back(item.pointer + ": " + item.message);
    }
    return out;
}


TEST_CASE("a valid rule reads with its course and key") {
    core::Diagnostics d;
    const auto rules = core::readOutcomeRules(validRule(), "/outcomes", d);
    REQUIRE_FALSE(d.hasErrors());
    REQUIRE(rules.size() == 1);
    CHECK(rules[0].course.size() == 2);
    CHECK(rules[0].course[1].at.days == 14);
    CHECK(core::visitTimeLabel(rules[0].course[1].at) == "Week 2");
    CHECK(rules[0].manage.harmful == std::vector<core::ManagementChoice>{core::ManagementChoice::Reassure});
    CHECK(problems(validRule()).empty());
}

TEST_CASE("meaning errors point at the bad value") {
    auto unknownId = validRule();
    unknownId[0]["when"]["all"][1]["client_has"] = "active_acnee";
    REQUIRE(problems(unknownId).size() == 1);
    CHECK_THAT(problems(unknownId)[0], Catch::Contains("/outcomes/0/when/all/1/client_has") && Catch::Contains("active_acne"));

    auto badKind = validRule();
    badKind[0]["course"][0]["layers"][0]["kind"] = "pustule";
    CHECK_THAT(problems(badKind).at(0), Catch::Contains("/outcomes/0/course/0/layers/0/kind") && Catch::Contains("pustules"));

    auto badZone = validRule();
    badZone[0]["course"][1]["layers"][0]["zones"][0] = "chinn";
    CHECK_THAT(problems(badZone).at(0), Catch::Contains("/outcomes/0/course/1/layers/0/zones/0"));

    auto outOfOrder = validRule();
    outOfOrder[0]["course"][1]["at"] = core::Json::parse(R"({"days": 2})");
    CHECK_THAT(problems(outOfOrder).at(0), Catch::Contains("/outcomes/0/course/1/at") && Catch::Contains("in order"));

    auto both = validRule();
    both[0]["manage"]["critical"] = core::Json::array({"refer_gp"});
    CHECK_THAT(problems(both).at(0), Catch::Contains("/outcomes/0/manage") && Catch::Contains("both expected and critical"));

    auto twoTimes = validRule();
    twoTimes[0]["course"][0]["at"] = core::Json::parse(R"({"days": 3, "weeks": 1})");
    CHECK_THAT(problems(twoTimes).at(0), Catch::Contains("/outcomes/0/course/0/at"));

    auto noExpected = validRule();
    noExpected[0]["manage"]["expected"] = core::Json::array();
    CHECK_THAT(problems(noExpected).at(0), Catch::Contains("/outcomes/0/manage/expected"));

    auto dup = validRule();
    dup.push_back(validRule()[0]);
    CHECK_THAT(problems(dup).at(0), Catch::Contains("/outcomes/1/id") && Catch::Contains("used twice"));
}

TEST_CASE("the bundled catalogue's outcome rules load and cite references") {
    const auto& outcomes = fixtures::referenceData().catalogue.outcomes;
    REQUIRE_FALSE(outcomes.empty());
    for (const auto& rule : outcomes) {
        INFO(rule.id);
        CHECK_FALSE(rule.citation.source.empty());
        CHECK_FALSE(rule.citation.tiers.empty());
    }
}

} // namespace outcome_checks_test_detail
