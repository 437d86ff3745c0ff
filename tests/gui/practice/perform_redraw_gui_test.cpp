// The face map draws only what changed: strokes go to the map a rectangle at
// a time and the result equals a whole redraw pixel for pixel; an unchanged
// window runs no face map pass at all (the screenshot notes count the passes);
// and a window drawn only where it changed equals one drawn whole.
#include "gui_test_support.hpp"
#include "perform_plans.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace perform_redraw_gui_test_detail {

// The left cheek at 1.75 mm (bleeds at the endpoint) and 2 passes.
const std::string kCheekPlan = gui_testing::kCheeksPlanned + gui_testing::kPerformLeftCheek;

struct Passes {
    long skin = 0;
    long whole = 0;
    long partial = 0;
};

Passes passesIn(const AppRun& app, const std::string& shot) {
    const auto n = app.notes(shot).at("face_map_passes");
    return {n.at("skin").get<long>(), n.at("whole_map").get<long>(), n.at("partial_map").get<long>()};
}

} // namespace perform_redraw_gui_test_detail

using namespace perform_redraw_gui_test_detail;

TEST_CASE("strokes drawn into the map a rectangle at a time give the pixels of a whole redraw") {
    TempDir dir;
    AppRun app(dir);
    // Three strokes (across, down, and across again for a second pass that
    // reaches the endpoint and bleeds), each applied in its own frame; then
    // the plan screen takes the map's slot and Perform draws it whole again.
    // (A script applies its lines up to the next notes or screenshot, which
    // waits for a frame drawn with them.)
    const auto r = app.run(kCheekPlan + "notes start\n"
                                        "stroke cheek_left 0.57,0.43 0.66,0.43 1500\nnotes one\n"
                                        "stroke cheek_left 0.60,0.39 0.60,0.47 1500\nnotes two\n"
                                        "stroke cheek_left 0.57,0.43 0.66,0.43 1500\n"
                                        "screenshot incremental\ngoto plan\nnotes plan\ngoto perform\nscreenshot whole\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const Passes start = passesIn(app, "start");
    const Passes incremental = passesIn(app, "incremental");
    const Passes whole = passesIn(app, "whole");
    INFO("passes (skin, whole, partial): start " << start.skin << " " << start.whole << " " << start.partial << ", after the strokes "
                                                 << incremental.skin << " " << incremental.whole << " " << incremental.partial);
    // Each stroke changed the coverage once: three rectangles, no whole redraw,
    // and the skin cache untouched.
    CHECK(incremental.partial - start.partial == 3);
    CHECK(incremental.whole == start.whole);
    CHECK(incremental.skin == start.skin);
    CHECK(passesIn(app, "plan").whole > incremental.whole); // the plan's map took the slot
    CHECK(whole.whole > passesIn(app, "plan").whole);

    const auto a = gui_testing::loadImage(app.shots() / "incremental.png");
    const auto b = gui_testing::loadImage(app.shots() / "whole.png");
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    // The stroked part of the cheek and around it: x 0.50-0.72, y 0.34-0.52 of the canvas.
    const auto [x0, y0] = app.mapPixel("whole", "perform", 0.50, 0.34);
    const auto [x1, y1] = app.mapPixel("whole", "perform", 0.72, 0.52);
    REQUIRE(app.mapPixel("incremental", "perform", 0.50, 0.34) == std::pair{x0, y0});
    long differing = 0;
    long reddened = 0;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const unsigned char* p = a.at(x, y);
            const unsigned char* q = b.at(x, y);
            differing += (p[0] != q[0] || p[1] != q[1] || p[2] != q[2]) ? 1 : 0;
            reddened += (p[0] > p[1] + 80) ? 1 : 0; // erythema and bleeding dots; type III skin is red - green 48
        }
    }
    INFO(differing << " pixels differ of " << (x1 - x0 + 1) * (y1 - y0 + 1) << "; " << reddened << " strongly red");
    CHECK(differing == 0);
    CHECK(reddened > 200); // the strokes are in the compared box
}

TEST_CASE("an unchanged window runs no face map pass") {
    TempDir dir;
    AppRun app(dir);
    // 300 ms of frames with nothing changing (the script keeps drawing frames).
    const auto r = app.run(kCheekPlan + "stroke cheek_left 0.57,0.43 0.66,0.43 1500\nnotes before\nwait 300\nnotes after\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const Passes before = passesIn(app, "before");
    const Passes after = passesIn(app, "after");
    CHECK(before.whole >= 1);
    CHECK(after.skin == before.skin);
    CHECK(after.whole == before.whole);
    CHECK(after.partial == before.partial);
}

TEST_CASE("a window drawn only where it changed looks as it would drawn whole") {
    TempDir dir;
    AppRun app(dir);
    // Frames that change a little at a time (zone highlights, strokes and the
    // figures beside the map, another zone), each drawn only where it changed;
    // then a resize and back, which draws the window whole.
    const auto r = app.run(kCheekPlan + "hover cheek_left\nnotes a\nstroke cheek_left 0.57,0.43 0.66,0.43 1500\nnotes b\n"
                                        "hover jawline_left\nnotes c\nstroke cheek_left 0.60,0.39 0.60,0.47 1500\nnotes d\n"
                                        "select cheek_right\nnotes e\nstroke cheek_right 0.34,0.43 0.43,0.43 1500\nhover nose\n"
                                        "screenshot tracked\nsize 1200 760\nnotes smaller\nsize 1280 800\nscreenshot whole\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto a = gui_testing::loadImage(app.shots() / "tracked.png");
    const auto b = gui_testing::loadImage(app.shots() / "whole.png");
    REQUIRE(a.width == 1280);
    REQUIRE(b.width == 1280);
    REQUIRE(a.height == b.height);
    long differing = 0;
    int firstX = -1;
    int firstY = -1;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            const unsigned char* p = a.at(x, y);
            const unsigned char* q = b.at(x, y);
            if (p[0] != q[0] || p[1] != q[1] || p[2] != q[2]) {
                if (differing++ == 0) {
                    firstX = x;
                    firstY = y;
                }
            }
        }
    }
    INFO(differing << " pixels differ, the first at " << firstX << "," << firstY);
    CHECK(differing == 0);
    CHECK(app.notes("whole")["perform"]["strokes"] == 3);
}
