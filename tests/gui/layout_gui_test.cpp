// Every main screen at 1024x640 .. 3840x2160 at scale 2 (and 1024x640 at
// scales 1 and 1.5): the screenshot notes' layout facts say no control is off
// screen and no label is cut. One app run per size walks all the screens; the
// `size` word must give a frame of the new size; script runs leave the user's
// settings alone.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

// The longest case title in the library, so the top bar has the most to fit.
const std::string kLongCase = "b-transplant-temple-lesion";
// A case with an aftercare key, for the editor's aftercare tab.
const std::string kAftercareCase = "a-fine-lines-forehead-eyes";

// Library, consultation (intake and screening), plan, aftercare, debrief,
// the follow-up visits (a choice made, so the graded lines show) and the editor (its aftercare key tab too), each screenshotted as TAG-SCREEN.
std::string walkScreens(const std::string& tag) {
    return "library\n"
           "screenshot " + tag + "-library\n"
           "open " + kLongCase + "\n"
           "screenshot " + tag + "-consultation\n"
           "decide treat\n"
           "goto plan\n"
           "select forehead\n"
           "screenshot " + tag + "-plan\n"
           "goto aftercare\n"
           "screenshot " + tag + "-aftercare\n"
           "depth forehead 0.5\n" // something needled, so the follow-up visits have a course to show
           "submit\n"
           "screenshot " + tag + "-debrief\n"
           "visit 1\n"
           "manage reassure\n"
           "screenshot " + tag + "-visits\n"
           "library\n"
           "edit-open " + kAftercareCase + "\n"
           "screenshot " + tag + "-editor\n"
           "edit-tab aftercare\n"
           "screenshot " + tag + "-editor-aftercare\n"
           "edit-close\n";
}

const char* const kScreens[] = {"library", "consultation", "plan", "aftercare", "debrief", "visits", "editor", "editor-aftercare"};

nlohmann::json notesOf(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

// The layout facts of every screen of one walk: the frame has the window's
// size, its controls were caught, none is off screen, no label is cut.
void checkWalk(const AppRun& app, const std::string& tag, int width, int height) {
    for (const char* screen : kScreens) {
        const std::string shot = tag + "-" + screen;
        const auto notes = notesOf(app, shot);
        const auto& layout = notes.at("layout");
        INFO(shot << " off screen: " << layout["off_screen"].dump() << "\ncut: " << layout["cut"].dump());
        CHECK(layout["display"][0].get<int>() == width);
        CHECK(layout["display"][1].get<int>() == height);
        CHECK(layout["controls"].size() >= 3);
        CHECK(layout["off_screen"].empty());
        CHECK(layout["cut"].empty());
    }
}

void runWalk(const std::string& size, int width, int height, const std::string& scale) {
    TempDir dir;
    AppRun app(dir);
    const std::string tag = std::to_string(width) + "x" + std::to_string(height) + "-s" + scale;
    const auto r = app.run("size " + size + "\nscale " + scale + "\n" + walkScreens(tag));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    checkWalk(app, tag, width, height);
}

} // namespace

TEST_CASE("every main screen at 1024x640 at scales 1, 1.5 and 2: nothing off screen, no label cut") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("size 1024 640\nscale 2\n" + walkScreens("1024-s2") + "scale 1.5\n" + walkScreens("1024-s1.5") + "scale 1\n" +
                           walkScreens("1024-s1"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    checkWalk(app, "1024-s2", 1024, 640);
    checkWalk(app, "1024-s1.5", 1024, 640);
    checkWalk(app, "1024-s1", 1024, 640);
}

TEST_CASE("every main screen at 1280x800 at scale 2: nothing off screen, no label cut") { runWalk("1280 800", 1280, 800, "2"); }

TEST_CASE("every main screen at 1920x1080 at scale 2: nothing off screen, no label cut") { runWalk("1920 1080", 1920, 1080, "2"); }

TEST_CASE("every main screen at 3840x2160 at scale 2: nothing off screen, no label cut") { runWalk("3840 2160", 3840, 2160, "2"); }

TEST_CASE("the size word enlarges the frame: the screenshot has the new size and no black band") {
    TempDir dir;
    AppRun app(dir);
    // The app starts at 1280x800 (AppRun) and grows past it.
    const auto r = app.run("size 1920 1080\nscreenshot grown\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto img = gui_testing::loadImage(app.shots() / "grown.png");
    REQUIRE(img.width == 1920);
    REQUIRE(img.height == 1080);
    // The window's background (0.10, 0.11, 0.13 -> about 26, 28, 33) reaches
    // the far corner: the old 1280x800 surface left black (0, 0, 0) there.
    const unsigned char* corner = img.at(1915, 1075);
    CHECK(corner[0] + corner[1] + corner[2] > 30);
    // The UI follows: the scale control ends near the right edge, not at 1280.
    double rightmost = 0.0;
    // Held in a variable: a range-for over a member of a temporary dangles before C++23's lifetime extension.
    const auto notes = notesOf(app, "grown");
    for (const auto& c : notes.at("layout").at("controls")) rightmost = std::max(rightmost, c["rect"][2].get<double>());
    CHECK(rightmost > 1800.0);
}

TEST_CASE("a script's scale change leaves the user's settings file as it was") {
    TempDir dir;
    AppRun app(dir);
    const auto settings = dir.write("config/mntrainer/settings.json", "{\n  \"ui_scale\": 1.25\n}\n");
    const auto r = app.run("scale 2\nscreenshot scaled\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(readFile(settings) == "{\n  \"ui_scale\": 1.25\n}\n");
}
