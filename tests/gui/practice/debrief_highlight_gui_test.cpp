// Click-to-highlight in the debrief: clicking a line that lost points outlines
// its zone on the map (the screenshot notes name it and the zone's pixels
// change, another zone's do not); clicking it again clears it.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace testing_support;
using gui_testing::AppRun;

namespace debrief_highlight_detail {

// The model answer of a-acne-scars-cheeks with one mistake: the left cheek at
// 0.5 mm, far under its acne-scar band (the answer's 1.75 mm sits inside it).
std::string scriptWithOneMistake() {
    auto answer = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/cases/answers/a-acne-scars-cheeks.answer.json"));
    for (auto& z : answer["zones"]) {
        if (z["zone"] == "cheek_left") z["depth_mm"] = 0.5;
    }
    return gui_testing::modelAnswerScript(answer);
}

// The bounding box of a zone's polygon in the screenshot of the "yours" map.
struct Box {
    int x0, y0, x1, y1;
};
Box zoneBox(const AppRun& app, const std::string& shot, const std::string& zone) {
    const auto zones = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const auto& z : zones["zones"]) {
        if (z["id"] != zone) continue;
        for (const auto& p : z["polygons"][0]) {
            minX = std::min(minX, p[0].get<double>());
            maxX = std::max(maxX, p[0].get<double>());
            minY = std::min(minY, p[1].get<double>());
            maxY = std::max(maxY, p[1].get<double>());
        }
    }
    const auto [x0, y0] = app.mapPixel(shot, "yours", minX, minY);
    const auto [x1, y1] = app.mapPixel(shot, "yours", maxX, maxY);
    return {x0 - 3, y0 - 3, x1 + 3, y1 + 3};
}

// Pixels in `box` that differ by more than 40 (summed over R, G, B) between two screenshots.
int changedPixels(const gui_testing::Image& a, const gui_testing::Image& b, const Box& box) {
    int changed = 0;
    for (int y = std::max(0, box.y0); y <= std::min(a.height - 1, box.y1); ++y) {
        for (int x = std::max(0, box.x0); x <= std::min(a.width - 1, box.x1); ++x) {
            const unsigned char* p = a.at(x, y);
            const unsigned char* q = b.at(x, y);
            if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 40) ++changed;
        }
    }
    return changed;
}


TEST_CASE("debrief: clicking a line outlines its zone on the map and clicking it again clears it") {
    const std::string script = scriptWithOneMistake();
    // First run: the debrief's words for the one mistake, to click by (the
    // depth line that is "outside the band").
    std::string line;
    {
        TempDir dir;
        AppRun app(dir);
        const auto r = app.run(script + "screenshot debrief\n");
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const auto notes = app.notes("debrief");
        for (const auto& t : notes["texts"]) {
            const std::string text = t;
            if (text.find("your depth, ") != std::string::npos && text.find("outside the band") != std::string::npos) line = text;
        }
        REQUIRE_FALSE(line.empty());
    }
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(script + "screenshot plain\nclick " + line + "\nscreenshot lit\nclick " + line + "\nscreenshot cleared\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(app.notes("plain")["debrief"]["highlight_zone"] == "");
    const auto lit = app.notes("lit");
    CHECK(lit["debrief"]["highlight_zone"] == "cheek_left");
    CHECK(lit["debrief"]["highlight_finding"] == "");
    CHECK(app.notes("cleared")["debrief"]["highlight_zone"] == "");
    // On the map: the left cheek's pixels change (its outline), the right cheek's do not.
    const auto plain = gui_testing::loadImage(app.shots() / "plain.png");
    const auto litImage = gui_testing::loadImage(app.shots() / "lit.png");
    const auto cleared = gui_testing::loadImage(app.shots() / "cleared.png");
    REQUIRE(plain.width == litImage.width);
    const Box left = zoneBox(app, "lit", "cheek_left");
    const Box right = zoneBox(app, "lit", "cheek_right");
    CHECK(changedPixels(plain, litImage, left) > 50);
    CHECK(changedPixels(plain, litImage, right) == 0);
    CHECK(changedPixels(plain, cleared, left) == 0);
}

} // namespace debrief_highlight_detail
