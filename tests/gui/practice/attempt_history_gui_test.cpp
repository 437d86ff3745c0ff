// The history the real app keeps of a submitted attempt, offscreen: playing
// its follow-up visits and going back to the debrief and the library records
// it once (one history file, one progress row), and leaves no autosave that
// could be resumed and submitted again.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace attempt_history_gui_detail {

std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() == ".json") files.push_back(e.path());
    }
    return files;
}

} // namespace attempt_history_gui_detail

using namespace attempt_history_gui_detail;

TEST_CASE("a submitted attempt whose visits were played is recorded once and never offered to resume") {
    TempDir dir;
    AppRun app(dir);
    const std::string model = readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    // Submit (the history's one record), then the visits: a visit played and a
    // choice made there each change the session, then the "< Debrief" button's
    // command and the library. Before the fix, going back to the debrief wrote
    // a second record and the visits left an autosave at stage "visits".
    const auto r = app.run("trainee Dana\n" + model + "\nsubmit\nnotes submitted\n"
                           "goto visits\nmanage reassure\nnotes visit\ngoto debrief\nnotes debrief\nlibrary\nnotes library\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string trainee = app.notes("library")["progress"]["trainee"];
    const auto home = app.userData() / "trainees" / trainee;
    // One attempt: one history file and one progress row, after each step.
    const auto files = jsonFilesIn(home / "attempts");
    REQUIRE(files.size() == 1);
    for (const char* step : {"submitted", "visit", "debrief", "library"}) {
        INFO(step);
        CHECK(app.notes(step)["progress"]["attempts"] == 1);
    }
    // The record is the attempt as submitted: the model answer's 100, no visits in it.
    const auto record = nlohmann::json::parse(readFile(files.front()));
    CHECK(record["report"]["score"].get<double>() == Approx(100.0));
    CHECK_FALSE(record["attempt"].contains("visits"));
    // No autosave of the submitted attempt ...
    CHECK_FALSE(std::filesystem::exists(home / "autosave.json"));
    // ... so the next start has nothing to resume.
    const auto again = app.run("trainee Dana\nresume\n");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("there is no autosaved attempt"));
    CHECK(jsonFilesIn(home / "attempts").size() == 1);
}
