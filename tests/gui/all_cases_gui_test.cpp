// Every bundled case can be played end to end in the GUI: each model answer,
// entered through the same Commands as the widgets, scores 100 and is saved.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace testing_support;

namespace {

std::string scriptFor(const nlohmann::json& answer) {
    std::string s = "open " + answer["case_id"].get<std::string>() + "\n";
    if (answer.contains("questions")) {
        for (const auto& q : answer["questions"]) s += "ask " + q.get<std::string>() + "\n"; // interview cases
    }
    for (const auto& f : answer["flags"]) s += "flag " + f.get<std::string>() + "\n";
    s += "decide " + answer["decision"].get<std::string>() + "\n";
    for (const auto& z : answer["zones"]) {
        const std::string zone = z["zone"];
        if (z["action"] == "avoid") {
            s += "avoid " + zone + "\n";
            continue;
        }
        s += "depth " + zone + " " + std::to_string(z["depth_mm"].get<double>()) + "\n";
        s += "patterns " + zone;
        for (const auto& p : z["patterns"]) s += " " + p.get<std::string>();
        s += "\npasses " + zone + " " + std::to_string(z["passes"].get<int>()) + "\n";
        s += "endpoint " + zone + " " + z["endpoint"].get<std::string>() + "\n";
        for (const auto& f : z.value("exclude", nlohmann::json::array())) s += "exclude " + zone + " " + f.get<std::string>() + "\n";
    }
    if (answer.contains("follow_up")) {
        const auto& f = answer["follow_up"];
        if (f.contains("rebook_weeks")) s += "rebook " + std::to_string(f["rebook_weeks"].get<int>()) + "\n";
        if (f.contains("refer_to")) s += "refer-to " + f["refer_to"].get<std::string>() + "\n";
        for (const auto& a : f.value("advice", nlohmann::json::array())) s += "advice " + a.get<std::string>() + "\n";
    }
    for (const auto& a : answer["aftercare"]) s += "aftercare " + a.get<std::string>() + "\n";
    if (answer.contains("schedule")) {
        s += "interval " + std::to_string(answer["schedule"]["interval_weeks"].get<int>()) + "\n";
        s += "sessions " + std::to_string(answer["schedule"]["sessions"].get<int>()) + "\n";
    }
    return s + "submit\n";
}

} // namespace

TEST_CASE("every bundled case played through the GUI with its model answer scores 100") {
    TempDir dir;
    gui_testing::AppRun app(dir);
    std::string script;
    std::set<std::string> cases;
    for (const auto& e : std::filesystem::directory_iterator(std::string(MN_SOURCE_ROOT) + "/cases/answers")) {
        const auto answer = nlohmann::json::parse(readFile(e.path()));
        script += scriptFor(answer);
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
