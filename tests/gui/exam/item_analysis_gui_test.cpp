// The instructor's item analysis screen in the real window: a folder of
// signed results (the CLI test's synthetic cohort) is analysed, the one
// negatively discriminating case is flagged, and a bad folder is refused.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace item_analysis_gui_test_support {

// tests/cli/item_analysis_cli_test.cpp works these five sittings out by hand:
// the fourth case discriminates negatively (-21.00%).
void sitCohort(const TempDir& dir, const AppRun& app, const std::filesystem::path& results) {
    (void)app.proctorUnlock(); // creates this install's key
    const std::string exam = std::string(MN_SOURCE_ROOT) + "/tests/data/item_analysis/four-decisions.json";
    const char* answers[4] = {
        "case 1\nflag pregnancy\nflag rosacea_flare\ndecide defer\nrebook 40\nadvice protect_from_sun\nadvice let_skin_settle\n",
        "case 2\nflag unexplained_rash\nflag metal_allergy\ndecide refer\nrefer-to gp\nadvice let_skin_settle\n",
        "case 3\nflag skin_cancer\nflag immunosuppression\ndecide refer\nrefer-to dermatologist\nadvice protect_from_sun\n",
        "case 4\nflag eczema_psoriasis_flare\ndecide defer\nrebook 6\nadvice let_skin_settle\n"};
    const int answered[5][4] = {{1, 1, 1, 0}, {1, 1, 1, 0}, {1, 1, 0, 1}, {1, 0, 0, 1}, {0, 0, 0, 0}};
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " XDG_CONFIG_HOME=" + shellQuote((dir.path() / "config").string()) + " ";
    for (int c = 0; c < 5; ++c) {
        std::string script;
        for (int k = 0; k < 4; ++k) script += answered[c][k] ? answers[k] : "";
        const auto file = dir.write("answers-" + std::to_string(c) + ".txt", script + "submit-exam\n");
        const std::string id = std::string(1, static_cast<char>('A' + c));
        const auto r = runShell(env + shellQuote(MNTRAINER_BIN) + " exam run --exam " + shellQuote(exam) + " --name " + shellQuote("Candidate " + id) +
                                " --id " + id + " --script " + shellQuote(file.string()) + " --export-dir " + shellQuote(results.string()) +
                                " --passphrase-file " + shellQuote((dir.path() / "proctor.pass").string()));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
}

} // namespace item_analysis_gui_test_support

TEST_CASE("the item analysis screen analyses a folder of signed results and flags the negatively discriminating case") {
    TempDir dir;
    AppRun app(dir);
    const auto results = dir.path() / "class";
    item_analysis_gui_test_support::sitCohort(dir, app, results);
    const auto r = app.run("item-analysis " + results.string() + "\nscreenshot items\nscale 2\nscreenshot items-scale2\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    for (const char* shot : {"items", "items-scale2"}) {
        const auto notes = nlohmann::json::parse(readFile(app.shots() / (std::string(shot) + ".json")));
        const auto& analysis = notes["item_analysis"];
        CHECK(analysis["status"] == "5 result(s) of 1 exam(s) analysed from 5 file(s); 0 problem(s).");
        CHECK(analysis["problems"].empty());
        REQUIRE(analysis["exams"].size() == 1);
        CHECK(analysis["exams"][0]["exam_id"] == "four-decisions");
        CHECK(analysis["exams"][0]["candidates"] == 5);
        CHECK(analysis["exams"][0]["case_items"] == 4);
        CHECK(analysis["exams"][0]["negative_cases"] == nlohmann::json{"case:c-eczema-flare-cheeks"});
    }
    // The wide layout draws the cohort error map beside the table.
    const auto wide = nlohmann::json::parse(readFile(app.shots() / "items.json"));
    CHECK(wide["maps"].contains("cohort"));
}

TEST_CASE("the item analysis screen refuses a results folder that does not exist, by name") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("item-analysis " + (dir.path() / "no-such-folder").string() + "\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("no-such-folder\" is not a folder: give the folder the candidates' result files were collected in") != std::string::npos);
}
