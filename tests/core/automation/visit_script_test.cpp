// Tests automation/visit_script.cpp: the follow-up visit script words read
// into practice Commands and written back, and clear errors for bad lines.
#include "automation/script.hpp"

#include <catch2/catch.hpp>

namespace visit_script_test_detail {

core::Command only(const std::string& text) {
    auto lines = core::parseScript(text, "t.script");
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    const auto* command = std::get_if<core::Command>(&(*lines)[0].step);
    REQUIRE(command);
    return *command;
}

std::string errorOf(const std::string& text) {
    auto lines = core::parseScript(text, "t.script");
    REQUIRE_FALSE(lines);
    return lines.error().summary();
}


TEST_CASE("visit N plays that visit") {
    const auto c = only("visit 2");
    REQUIRE(std::holds_alternative<core::cmd::PlayVisit>(c));
    CHECK(std::get<core::cmd::PlayVisit>(c).number == 2);
    CHECK(core::scriptLine(c) == "visit 2");
}

TEST_CASE("manage lists the choices at the visit and reads back") {
    const auto c = only("manage refer_gp pause_course document_report");
    REQUIRE(std::holds_alternative<core::cmd::SetManagement>(c));
    const auto& choices = std::get<core::cmd::SetManagement>(c).choices;
    CHECK(choices == std::vector<core::ManagementChoice>{core::ManagementChoice::ReferGp, core::ManagementChoice::PauseCourse, core::ManagementChoice::DocumentReport});
    CHECK(core::scriptLine(c) == "manage refer_gp pause_course document_report");
    // No choices clears them.
    CHECK(std::get<core::cmd::SetManagement>(only("manage")).choices.empty());
}

TEST_CASE("manage-toggle and visit-seed read back") {
    CHECK(core::scriptLine(only("manage-toggle strict_spf")) == "manage-toggle strict_spf");
    const auto seed = only("visit-seed 4000000000");
    REQUIRE(std::holds_alternative<core::cmd::SetVisitSeed>(seed));
    CHECK(std::get<core::cmd::SetVisitSeed>(seed).seed == 4000000000u);
}

TEST_CASE("bad visit lines say what is wrong and where") {
    CHECK_THAT(errorOf("visit 0"), Catch::Contains("t.script:1") && Catch::Contains("numbered from 1"));
    CHECK_THAT(errorOf("visit"), Catch::Contains("usage: visit N"));
    CHECK_THAT(errorOf("\nmanage reasure"), Catch::Contains("t.script:2") && Catch::Contains("Did you mean") && Catch::Contains("reassure"));
    CHECK_THAT(errorOf("visit-seed -1"), Catch::Contains("usage: visit-seed N"));
    CHECK_THAT(errorOf("visit-seed 99999999999"), Catch::Contains("usage: visit-seed N"));
}

} // namespace visit_script_test_detail
