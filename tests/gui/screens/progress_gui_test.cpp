// Progress in the real app, offscreen, through UI scripts: a scripted run of
// practice days recorded for one trainee, the progress screen's state and
// pixels (the pass line, the error map's two hues), the picker by real
// clicks, practise-next and the daily session.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace progress_gui_detail {

// One attempt on the forehead-and-eyes case; `forehead` and `periorbital` are the depths in mm
// (0.25 and 0.5 are the key's; 1.5 on the forehead is too deep, 0.25 around the eyes too shallow).
std::string fineLinesDay(const std::string& day, const std::string& forehead, const std::string& periorbital) {
    return "clock " + day + "T09:00:00Z\nopen a-fine-lines-forehead-eyes\ndecide treat\ngoto plan\n"
           "depth forehead " + forehead + "\npatterns forehead vertical horizontal oblique\npasses forehead 2\nendpoint forehead erythema\n"
           "depth temple_left 0.25\npatterns temple_left vertical horizontal oblique\npasses temple_left 2\nendpoint temple_left erythema\n"
           "mirror temple_left\n"
           "depth periorbital_left " + periorbital + "\npatterns periorbital_left vertical horizontal oblique\npasses periorbital_left 2\n"
           "endpoint periorbital_left erythema\nmirror periorbital_left\n"
           "goto aftercare\naftercare spf30_daily\naftercare gentle_cleanser\naftercare no_actives_4d\naftercare no_makeup_24h\naftercare hydrate\n"
           "interval 5\nsessions 4\nsubmit\nlibrary\n";
}

nlohmann::json shotNotes(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

bool nearColour(const unsigned char* p, int r, int g, int b, int tolerance) {
    return std::abs(p[0] - r) <= tolerance && std::abs(p[1] - g) <= tolerance && std::abs(p[2] - b) <= tolerance;
}

int countMatching(const gui_testing::Image& img, int x0, int y0, int x1, int y1, const std::function<bool(const unsigned char*)>& match) {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(img.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(img.width, x1); ++x) n += match(img.at(x, y)) ? 1 : 0;
    }
    return n;
}

std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path());
    return files;
}

} // namespace progress_gui_detail

using namespace progress_gui_detail;

TEST_CASE("practice days are recorded for the trainee and the progress screen shows them") {
    TempDir dir;
    AppRun app(dir);
    const std::string script = "trainee Dana Lee\n" + fineLinesDay("2026-11-02", "1.5", "0.25") +
                               fineLinesDay("2026-11-03", "1.5", "0.5") + fineLinesDay("2026-11-04", "0.25", "0.5") +
                               "open-progress\nskill-cases depth.forehead.rejuvenation\nscreenshot progress\n";
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto shot = shotNotes(app, "progress");
    REQUIRE(shot.contains("progress"));
    const auto& progress = shot["progress"];
    CHECK(progress["open"] == true);
    CHECK(progress["attempts"] == 3);
    CHECK(progress["curve_points"] == 3);
    CHECK(progress["error_zones"].get<int>() > 0);
    // Three days in a row ending on the clock's day.
    CHECK(progress["streak_days"] == 3);
    // Each trainee keeps their own JSON history; nothing went to the shared folder.
    const std::string id = progress["trainee"];
    CHECK(filesUnder(app.userData() / "trainees" / id / "attempts").size() == 3);
    CHECK(filesUnder(app.userData() / "attempts").empty());
    // The skill's bar lists the cases that train it, this one among them.
    CHECK(progress["skill_shown"] == "depth.forehead.rejuvenation");
    const auto& cases = progress["skill_cases"];
    CHECK(std::find(cases.begin(), cases.end(), "a-fine-lines-forehead-eyes") != cases.end());

    const auto img = gui_testing::loadImage(app.shots() / "progress.png");
    REQUIRE(img.width == 1280);
    // The pass line: dashes in the theme's good green (0.45, 0.80, 0.55) along the row it was drawn on.
    const auto& line = progress["pass_line"];
    const int y = static_cast<int>(line[1].get<double>());
    const int green = countMatching(img, static_cast<int>(line[0].get<double>()), y - 1, static_cast<int>(line[2].get<double>()), y + 2,
                                  [](const unsigned char* p) { return nearColour(p, 115, 204, 140, 30); });
    INFO("pass line pixels " << green);
    CHECK(green > 60);

    // The error map shows both hues: sky blue (too shallow) tints where the
    // skin has none, orange (too deep) pushes blue far below the skin's.
    const auto [x0, y0] = app.mapPixel("progress", "errormap", 0.0, 0.0);
    const auto [x1, y1] = app.mapPixel("progress", "errormap", 1.0, 1.0);
    const int blue = countMatching(img, x0, y0, x1, y1, [](const unsigned char* p) { return p[2] > p[0] + 40 && p[2] > 120; });
    const int orange = countMatching(img, x0, y0, x1, y1, [](const unsigned char* p) { return p[0] > 170 && p[1] > 100 && p[1] < 200 && p[2] < 70; });
    INFO("sky blue pixels " << blue << ", orange pixels " << orange);
    CHECK(blue > 200);
    CHECK(orange > 200);
}

TEST_CASE("the trainee picker picks by real clicks and each trainee has their own progress") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("trainee Ana\n" + fineLinesDay("2026-11-02", "0.25", "0.5") +
                           "click Switch trainee\nscreenshot picker\n"
                           "trainee Ben\nscreenshot ben\nclick Switch trainee\nclick Continue as Ana\nframes 3\nscreenshot ana\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(shotNotes(app, "picker")["trainee_picker"] == true);
    CHECK(shotNotes(app, "ben")["progress"]["attempts"] == 0);
    CHECK(shotNotes(app, "ana")["progress"]["attempts"] == 1);
    CHECK(shotNotes(app, "ana")["trainee_picker"] == false);
}

TEST_CASE("practise next opens the pick and a daily session counts its cases") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("clock 2026-11-02T09:00:00Z\ntrainee Cleo\nscreenshot library\ndaily-session 2\nscreenshot session\nlibrary\n"
                           "practise-next\nscreenshot next\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto library = shotNotes(app, "library");
    REQUIRE(library["progress"]["picks"].size() > 0);
    CHECK_FALSE(library["progress"]["picks"][0]["reason"].get<std::string>().empty());
    const auto session = shotNotes(app, "session");
    CHECK(session["stage"] == "consultation");
    CHECK(session["progress"]["session_size"] == 2);
    CHECK(session["progress"]["session_done"] == 0);
    // During the session, practise-next offers the session's next case.
    CHECK(shotNotes(app, "next")["stage"] == "consultation");
}

TEST_CASE("the progress screen at 1280x800, and at scale 2 on 1024x640") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("trainee Dana\n" + fineLinesDay("2026-11-02", "1.5", "0.25") + "open-progress\nscreenshot progress-1280\n"
                           "size 1024 640\nscale 2\nscreenshot progress-1024-s2\nsize 1280 800\nscreenshot progress-1280-s2\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(gui_testing::loadImage(app.shots() / "progress-1024-s2.png").width == 1024);
    CHECK(shotNotes(app, "progress-1280-s2")["progress"]["open"] == true);
}

TEST_CASE("exam attempts never reach the trainee's progress") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("trainee Eve\n" + fineLinesDay("2026-11-02", "0.25", "0.5") + app.proctorUnlock() +
                           "exam-start quick-screening-quiz S-9 Eve Example\nflag pregnancy\ncase 2\ndecide refer\nsubmit-exam\nscreenshot handed-in\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // The practice attempt is recorded; the exam's cases, graded at hand-in, are
    // not: a fresh start reads the store back (after the proctor's sitting is filed).
    CHECK(shotNotes(app, "handed-in")["progress"]["attempts"] == 1);
    std::filesystem::remove_all(app.userData() / "exam");
    const auto again = app.run("trainee Eve\nopen-progress\nscreenshot reopened\n");
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(shotNotes(app, "reopened")["progress"]["attempts"] == 1);
}
