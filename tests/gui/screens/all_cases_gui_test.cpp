// Every bundled case can be played end to end in the GUI: each model answer,
// entered through the same Commands as the widgets, scores 100 and is saved.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace testing_support;

TEST_CASE("every bundled case played through the GUI with its model answer scores 100") {
    TempDir dir;
    gui_testing::AppRun app(dir);
    std::string script;
    std::set<std::string> cases;
    for (const auto& e : std::filesystem::directory_iterator(std::string(MN_SOURCE_ROOT) + "/cases/answers")) {
        const auto answer = nlohmann::json::parse(readFile(e.path()));
        script += gui_testing::modelAnswerScript(answer);
        cases.insert(answer["case_id"].get<std::string>());
    }
    REQUIRE(cases.size() >= 24);
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == cases.size());
    std::set<std::string> played;
    for (const auto& record : history) {
        INFO(record["attempt"]["case_id"]);
        CHECK(record["report"]["score"].get<double>() == Approx(100.0));
        CHECK(record["report"]["passed"] == true);
        played.insert(record["attempt"]["case_id"].get<std::string>());
    }
    CHECK(played == cases);
}
