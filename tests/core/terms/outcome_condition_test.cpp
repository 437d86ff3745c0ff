// Tests model/outcome_condition.cpp: the declarative condition reader (one
// test per object, combinations, arguments) and its errors at JSON pointers.
#include "terms/outcome_condition.hpp"

#include <catch2/catch.hpp>

namespace outcome_condition_test_detail {

core::OutcomeCondition read(const std::string& json, core::Diagnostics& d) {
    return core::readOutcomeCondition(core::Json::parse(json), "/outcomes/0/when", d);
}

std::string firstError(const std::string& json) {
    core::Diagnostics d;
    (void)read(json, d);
    REQUIRE(d.hasErrors());
    return d.items().front().pointer + ": " + d.items().front().message;
}


TEST_CASE("a combined condition reads into a tree") {
    core::Diagnostics d;
    const auto c = read(R"({"all": [{"treating": true}, {"fitzpatrick_at_least": 5}, {"not": {"advised": "spf30_daily"}},
                                     {"recent": "filler", "within_weeks": 2}, {"treated_over_finding": "filler_site", "deeper_than_mm": 0.5}]})", d);
    REQUIRE_FALSE(d.hasErrors());
    REQUIRE(c.test == core::ConditionTest::All);
    REQUIRE(c.children.size() == 5);
    CHECK(c.children[1].number == 5);
    CHECK(c.children[2].test == core::ConditionTest::Not);
    CHECK(c.children[2].children.at(0).id == "spf30_daily");
    CHECK(c.children[3].recentKind == core::TreatmentKind::Filler);
    CHECK(c.children[3].number == 2);
    CHECK(c.children[4].number == 0.5);
    CHECK(core::describeCondition(c) ==
          "needling today and Fitzpatrick type 5 or above and no advised spf30_daily and filler within 2 weeks and needled over filler_site deeper than 0.5 mm");
}

TEST_CASE("condition errors name the pointer and the fix") {
    CHECK_THAT(firstError(R"({"client_hass": "active_acne"})"), Catch::Contains("/outcomes/0/when/client_hass") && Catch::Contains("client_has"));
    CHECK_THAT(firstError(R"({"treating": true, "fitzpatrick_at_least": 5})"), Catch::Contains("combine them with \"all\""));
    CHECK_THAT(firstError(R"({})"), Catch::Contains("needs one test"));
    CHECK_THAT(firstError(R"({"all": []})"), Catch::Contains("/outcomes/0/when/all") && Catch::Contains("non-empty"));
    CHECK_THAT(firstError(R"({"recent": "filler"})"), Catch::Contains("needs \"within_weeks\""));
    CHECK_THAT(firstError(R"({"fitzpatrick_at_least": 7})"), Catch::Contains("/outcomes/0/when/fitzpatrick_at_least"));
    CHECK_THAT(firstError(R"({"endpoint": "blood"})"), Catch::Contains("pinpoint_bleeding"));
    CHECK_THAT(firstError(R"({"any": [{"treating": true}, {"aftercare": 3}]})"), Catch::Contains("/outcomes/0/when/any/1/aftercare"));
    CHECK_THAT(firstError(R"({"treating": true, "within_weeks": 3})"), Catch::Contains("belongs to the \"recent\" test"));
    CHECK_THAT(firstError(R"("treating")"), Catch::Contains("must be an object"));
}

} // namespace outcome_condition_test_detail
