// Interview checks: unknown question ids get a suggestion, essential questions
// must be in the bank, listed once, and belong to an interview case.
#include "validation/interview_checks.hpp"

#include "validation/case_checks.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

std::string checkedInterview(const core::Json& json) {
    core::Diagnostics d;
    const core::Case c = core::readCase(json, d);
    REQUIRE_FALSE(d.hasErrors());
    core::checkInterview(c, fixtures::referenceData().catalogue, d);
    std::string out;
    for (const auto& item : d.items()) out += core::formatDiagnostic(item) + "\n";
    return out;
}

core::Json interviewChecksCase() {
    auto json = fixtures::validCase();
    json["interview"] = core::Json::parse(R"({ "answers": { "medications": "Nothing." } })");
    json["key"]["essential_questions"] = {"medications"};
    return json;
}

} // namespace

TEST_CASE("interview checks: a valid interview case passes") { CHECK(checkedInterview(interviewChecksCase()).empty()); }

TEST_CASE("interview checks: an unknown answered question is an error with a suggestion") {
    auto json = interviewChecksCase();
    json["interview"]["answers"]["medicatons"] = "Nothing.";
    const auto text = checkedInterview(json);
    CHECK(text.find("/interview/answers/medicatons") != std::string::npos);
    CHECK(text.find("Did you mean \"medications\"") != std::string::npos);
}

TEST_CASE("interview checks: an unknown question id with a slash or tilde is escaped in the pointer") {
    // RFC 6901: "/" is written "~1" and "~" is written "~0" inside a token.
    auto json = interviewChecksCase();
    json["interview"]["answers"]["meds/now~1"] = "Nothing.";
    const auto text = checkedInterview(json);
    CHECK(text.find("/interview/answers/meds~1now~01") != std::string::npos);
}

TEST_CASE("interview checks: essential questions are in the bank, listed once, in an interview case") {
    auto json = interviewChecksCase();
    json["key"]["essential_questions"] = {"medications", "alergies", "medications"};
    const auto text = checkedInterview(json);
    CHECK(text.find("/key/essential_questions/1: \"alergies\" is not a question") != std::string::npos);
    CHECK(text.find("Did you mean \"allergies\"") != std::string::npos);
    CHECK(text.find("/key/essential_questions/2: \"medications\" is listed twice") != std::string::npos);

    auto noInterview = fixtures::validCase();
    noInterview["key"]["essential_questions"] = {"medications"};
    CHECK(checkedInterview(noInterview).find("essential questions need an interview") != std::string::npos);

    auto noneEssential = interviewChecksCase();
    noneEssential["key"].erase("essential_questions");
    CHECK(checkedInterview(noneEssential).find("no \"essential_questions\"") != std::string::npos);
}

TEST_CASE("interview checks: the full case check runs them") {
    auto json = interviewChecksCase();
    json["key"]["essential_questions"] = {"alergies"};
    core::Diagnostics d;
    const core::Case c = core::readCase(json, d);
    core::checkCaseMeaning(c, fixtures::referenceData(), d);
    CHECK(d.hasErrors());
}
