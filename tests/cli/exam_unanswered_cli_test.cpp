// Cases left without a decision, through the real binary: `exam status` shows
// "decision": null, and the handed-in xAPI file reports them as attempted.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace exam_unanswered_test {

using testing_support::shellQuote;

} // namespace exam_unanswered_test

TEST_CASE("exam status shows decision null for cases never answered, and the decision for the answered one") {
    exam_testing::Sitting s;
    REQUIRE(s.run("exam start " + exam_testing::startArgs()).exitCode == 0);
    // Only case 1 gets a decision; cases 2 to 4 are opened or never visited.
    const auto script = s.script("one.txt", {"case 1", "decide refer", "case 2", "flag pregnancy"});
    REQUIRE(s.run("exam answer --script " + exam_unanswered_test::shellQuote(script.string())).exitCode == 0);
    const auto status = s.status();
    REQUIRE(status["cases"].size() == 4); // foundation-certificate draws four cases
    CHECK(status["cases"][0]["attempt"]["decision"] == "refer");
    for (std::size_t i = 1; i < 4; ++i) {
        INFO("case " << i + 1);
        REQUIRE(status["cases"][i]["attempt"].contains("decision"));
        CHECK(status["cases"][i]["attempt"]["decision"].is_null());
    }
}

TEST_CASE("a hand-in with unanswered cases exports them as attempted, never answered") {
    exam_testing::Sitting s;
    const auto out = s.dir.path() / "results";
    const auto script = s.script("early.txt", {"case 1", "decide defer", "submit-exam"});
    const auto r = s.run("exam run " + exam_testing::startArgs() + " --script " + exam_unanswered_test::shellQuote(script.string()) +
                         " --export-dir " + exam_unanswered_test::shellQuote(out.string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    nlohmann::json statements;
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        if (e.path().filename().string().ends_with(".xapi.json")) statements = nlohmann::json::parse(testing_support::readFile(e.path()));
    }
    REQUIRE(statements.size() == 5); // the exam, then cases 1 to 4 in sitting order
    CHECK(statements[1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(statements[1]["result"]["response"] == "defer");
    for (std::size_t i = 2; i < 5; ++i) {
        INFO("statement " << i);
        CHECK(statements[i]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted");
        CHECK(statements[i]["result"]["completion"] == false);
        CHECK_FALSE(statements[i]["result"].contains("response"));
        CHECK(statements[i]["result"]["score"]["raw"].get<double>() == 0.0);
    }
}
