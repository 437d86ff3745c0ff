// Perform mode in the real app, offscreen: strokes redden the skin where the
// pen went and nowhere else, a whole case performed by script gives figures
// for every treated zone, and the debrief's replay ends on the live coverage.
#include "gui_test_support.hpp"
#include "perform_plans.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace perform_gui_test_detail {

// a-acne-scars-cheeks planned as its answer file does: both cheeks at 1.75 mm
// and both jawlines at 1.25 mm (all bleed at the endpoint), 2 passes each.
const std::string kPerformCheeksPlan = gui_testing::kCheeksPlanned + R"(depth jawline_left 1.25
patterns jawline_left vertical horizontal oblique
passes jawline_left 2
endpoint jawline_left pinpoint_bleeding
mirror jawline_left
avoid chin
)" + gui_testing::kPerformLeftCheek;

const std::string kPerformAftercare = R"(
aftercare spf30_daily
aftercare gentle_cleanser
aftercare no_actives_4d
aftercare no_shaving_24h
aftercare no_exercise_48h
aftercare no_sauna_pool_48h
aftercare seek_help_pustules
interval 5
sessions 6
)";

// How much redder than its green and blue a pixel is.
int pixelRedness(const unsigned char* p) { return static_cast<int>(p[0]) - (static_cast<int>(p[1]) + static_cast<int>(p[2])) / 2; }

nlohmann::json performShotNotes(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

} // namespace perform_gui_test_detail

using namespace perform_gui_test_detail;

TEST_CASE("a stroke reddens the skin under its path and leaves the skin beside it untouched") {
    TempDir dir;
    AppRun app(dir);
    // One horizontal stroke across the left cheek at y 0.43, x 0.57 -> 0.66.
    const auto r = app.run(kPerformCheeksPlan + "screenshot before\nstroke cheek_left 0.57,0.43 0.66,0.43 1500\nscreenshot after\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto before = gui_testing::loadImage(app.shots() / "before.png");
    const auto after = gui_testing::loadImage(app.shots() / "after.png");
    CHECK(performShotNotes(app, "after")["stage"] == "perform");
    CHECK(performShotNotes(app, "after")["perform"]["strokes"] == 1);
    // On the path: the middle of the stroke.
    const auto [ox, oy] = app.mapPixel("after", "perform", 0.615, 0.43);
    // Beside it: 0.03 of the canvas (14.4 mm on the 480 mm canvas) above the
    // line, far outside the 7 mm head's 3.5 mm reach; and the other cheek.
    const auto [bx, by] = app.mapPixel("after", "perform", 0.615, 0.40);
    const auto [rx, ry] = app.mapPixel("after", "perform", 0.385, 0.43);
    INFO("on the path: redness " << pixelRedness(before.at(ox, oy)) << " -> " << pixelRedness(after.at(ox, oy)));
    INFO("beside it: " << pixelRedness(before.at(bx, by)) << " -> " << pixelRedness(after.at(bx, by)));
    // One pass of two planned: the shader mixes a = 0.22 + 0.43 * 1/2 = 0.435
    // of erythema (0.86, 0.24, 0.24) = (219, 61, 61), redness 158, into the
    // skin; redness is linear in the colour, so it moves by a * (158 - skin).
    // The zone being needled is then tinted 0.22 towards gold in both shots,
    // which scales the change by 0.78. Skin here has redness 62 (the "before"
    // shot), so the change is 0.78 * 0.435 * (158 - 62) = 32.6.
    const int gained = pixelRedness(after.at(ox, oy)) - pixelRedness(before.at(ox, oy));
    CHECK(gained >= 28);
    CHECK(gained <= 37);
    for (const auto& [x, y] : {std::pair{bx, by}, std::pair{rx, ry}}) {
        for (int c = 0; c < 3; ++c) CHECK(std::abs(static_cast<int>(after.at(x, y)[c]) - static_cast<int>(before.at(x, y)[c])) <= 2);
    }
}

TEST_CASE("a pen lifted and pressed again in one frame keeps the lifted stroke on the skin while the next is drawn") {
    TempDir dir;
    AppRun app(dir);
    // Real pen input through the window's queue: a stroke across the left
    // cheek at y 0.43, then, in one frame, the lift and a new press at
    // 0.60,0.39 (a quick hand, or a slow frame, gives both at once). The new
    // stroke is still being drawn in "held": the first one is committed only
    // after that frame, so the live skin must show it from the stroke that
    // was being drawn, not from the record.
    const auto r = app.run(kPerformCheeksPlan + "screenshot before\n"
                                                "pen down 0.57,0.43\npen move 0.59,0.43\npen move 0.61,0.43\npen move 0.63,0.43\n"
                                                "pen move 0.66,0.43 up down 0.60,0.39\npen move 0.60,0.40\nscreenshot held\n"
                                                "pen up\nscreenshot lifted\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto before = gui_testing::loadImage(app.shots() / "before.png");
    const auto held = gui_testing::loadImage(app.shots() / "held.png");
    CHECK(performShotNotes(app, "held")["perform"]["pen_down"] == true);
    CHECK(performShotNotes(app, "held")["perform"]["strokes"] == 1);
    CHECK(performShotNotes(app, "lifted")["perform"]["strokes"] == 2);
    // The first stroke's middle, 0.015 of the canvas (7.2 mm) from the second
    // stroke's line, out of the 7 mm head's 3.5 mm reach: it gains the one
    // pass of the test above (32.6 redness, 28-37 with rounding).
    const auto [ox, oy] = app.mapPixel("held", "perform", 0.615, 0.43);
    const int gained = pixelRedness(held.at(ox, oy)) - pixelRedness(before.at(ox, oy));
    INFO("the lifted stroke's middle: redness " << pixelRedness(before.at(ox, oy)) << " -> " << pixelRedness(held.at(ox, oy)));
    CHECK(gained >= 28);
    CHECK(gained <= 37);
    // The stroke being drawn shows too.
    const auto [nx, ny] = app.mapPixel("held", "perform", 0.60, 0.395);
    CHECK(pixelRedness(held.at(nx, ny)) - pixelRedness(before.at(nx, ny)) >= 28);
}

TEST_CASE("a second pass reddens further and at a bleeding depth shows pinpoint dots") {
    TempDir dir;
    AppRun app(dir);
    // The cheek is planned at 1.75 mm and 2 passes: after two passes over the
    // same line the endpoint is reached and dark red dots appear along it.
    const auto r = app.run(kPerformCheeksPlan + "stroke cheek_left 0.57,0.43 0.66,0.43 1500\nscreenshot one-pass\n"
                                         "stroke cheek_left 0.57,0.43 0.66,0.43 1500\nscreenshot two-passes\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto one = gui_testing::loadImage(app.shots() / "one-pass.png");
    const auto two = gui_testing::loadImage(app.shots() / "two-passes.png");
    const auto [x0, y0] = app.mapPixel("two-passes", "perform", 0.58, 0.425);
    const auto [x1, y1] = app.mapPixel("two-passes", "perform", 0.65, 0.435);
    int dotsOne = 0;
    int dotsTwo = 0;
    long rednessOne = 0;
    long rednessTwo = 0;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            // Pinpoint bleeding: (0.52, 0.02, 0.06) -> red about 133, green under 60.
            const auto dot = [](const unsigned char* p) { return p[0] > 90 && p[0] < 190 && p[1] < 60 && p[2] < 70; };
            dotsOne += dot(one.at(x, y)) ? 1 : 0;
            dotsTwo += dot(two.at(x, y)) ? 1 : 0;
            rednessOne += pixelRedness(one.at(x, y));
            rednessTwo += pixelRedness(two.at(x, y));
        }
    }
    INFO("dots: one pass " << dotsOne << ", two passes " << dotsTwo << "; redness " << rednessOne << " -> " << rednessTwo);
    CHECK(dotsOne == 0);
    CHECK(dotsTwo > 5);
    CHECK(rednessTwo > rednessOne);
}

TEST_CASE("a whole case performed by script gives figures for every treated zone and submits") {
    TempDir dir;
    AppRun app(dir);
    std::string script = kPerformCheeksPlan;
    for (const char* zone : {"cheek_left", "cheek_right", "jawline_left", "jawline_right"}) {
        script += std::string("perform-auto ") + zone + " vertical 2\n";
    }
    script += "screenshot performed\ngoto aftercare\n" + kPerformAftercare + "submit\nview technique\nscreenshot technique\n";
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto performed = performShotNotes(app, "performed")["perform"];
    REQUIRE(performed["measures"].size() == 4);
    for (const auto& m : performed["measures"]) {
        INFO(m.dump());
        // Two rasters of lanes one head apart: nearly all the zone is
        // touched, twice over (the median count is the rasters' number).
        CHECK(m["coverage"].get<double>() > 0.85);
        CHECK(m["passes"].get<double>() == Approx(2.0));
        CHECK(m["directions"]["vertical"].get<int>() > 0);
        CHECK(m["directions"]["horizontal"].get<int>() == 0);
    }
    CHECK(performed["auto_performed"] == false); // the script word is not the accessibility option
    const auto technique = performShotNotes(app, "technique");
    CHECK(technique["stage"] == "debrief");
    CHECK(technique["maps"].contains("yours")); // the heat map
    CHECK(technique["maps"].contains("expert")); // the replay
    CHECK(technique["perform"]["replay_matches_live"] == true);
    CHECK(technique["perform"]["replay_sum"] == technique["perform"]["live_sum"]);
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(history[0]["attempt"].contains("perform"));
}

TEST_CASE("the replay starts from clean skin and ends on the live coverage") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(kPerformCheeksPlan +
                           "stroke cheek_left 0.57,0.43 0.66,0.43 400\nstroke cheek_left 0.60,0.37 0.60,0.48 400\n"
                           "stroke cheek_right 0.34,0.43 0.43,0.43 400\ngoto aftercare\n" + kPerformAftercare +
                           "submit\nview technique\nscreenshot replay-end\nclick 0.5x\nclick Play replay\nscreenshot replay-start\n"
                           "wait 3600\nframes 3\nscreenshot replay-done\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto end = performShotNotes(app, "replay-end")["perform"];
    const auto start = performShotNotes(app, "replay-start")["perform"];
    const auto done = performShotNotes(app, "replay-done")["perform"];
    // Three strokes: 400 ms each with 200 ms lifts between -> 1600 ms, which
    // at 0.5x takes 3.2 s to play: the shot right after Play shows part of it.
    CHECK(end["duration_ms"].get<long long>() >= 1200);
    CHECK(end["replay_matches_live"] == true);
    CHECK(start["replay_sum"].get<long long>() < end["live_sum"].get<long long>());
    CHECK(done["replay_matches_live"] == true);
    CHECK(done["replay_ms"] == done["duration_ms"]);
    // Pixels: the replay map at the end shows the first stroke's middle red.
    const auto img = gui_testing::loadImage(app.shots() / "replay-done.png");
    const auto [x, y] = app.mapPixel("replay-done", "expert", 0.615, 0.43);
    const auto [bx, by] = app.mapPixel("replay-done", "expert", 0.615, 0.40);
    INFO("replay redness on the stroke " << pixelRedness(img.at(x, y)) << ", beside it " << pixelRedness(img.at(bx, by)));
    CHECK(pixelRedness(img.at(x, y)) > pixelRedness(img.at(bx, by)) + 30);
}
