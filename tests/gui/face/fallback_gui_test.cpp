// A damaged installation: missing or corrupt art, shaders and fonts give a
// clear message and the app still runs on fallbacks.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace testing_support;

TEST_CASE("corrupt face art and a missing shader fall back, with a message, and the app still plays") {
    TempDir dir;
    const auto install = dir.path() / "install";
    const std::filesystem::path source = MN_SOURCE_ROOT;
    std::filesystem::create_directories(install);
    for (const char* folder : {"assets", "cases", "shaders"}) {
        std::filesystem::copy(source / folder, install / folder, std::filesystem::copy_options::recursive);
    }
    std::ofstream(install / "assets" / "face" / "face.png", std::ios::trunc) << "this is not a PNG";
    std::filesystem::remove(install / "shaders" / "face_map.frag");

    const auto script = dir.write("play.txt", "open a-fine-lines-forehead-eyes\nscreenshot fallback\n");
    const auto r = runShell("SDL_VIDEODRIVER=offscreen MNTRAINER_DATA_DIR=" + shellQuote(install.string()) + " XDG_DATA_HOME=" +
                            shellQuote((dir.path() / "data").string()) + " XDG_CONFIG_HOME=" + shellQuote((dir.path() / "config").string()) +
                            " " + shellQuote(MNTRAINER_BIN) + " --script " + shellQuote(script.string()) + " --screenshot-dir " +
                            shellQuote((dir.path() / "shots").string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto img = gui_testing::loadImage(dir.path() / "shots" / "fallback.png");
    REQUIRE(img.width > 0);
    // The warning bar is drawn in amber; the fallback map still draws skin-toned zones.
    long amber = 0;
    long skin = 0;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            const unsigned char* p = img.at(x, y);
            amber += (p[0] > 220 && p[1] > 150 && p[1] < 200 && p[2] < 110) ? 1 : 0;
            skin += (p[0] > 200 && p[1] > 170 && p[1] < 235 && p[2] > 150 && p[2] < 215 && p[0] > p[2] + 20) ? 1 : 0;
        }
    }
    CHECK(amber > 200);
    CHECK(skin > 10000);
}

// The explanation must be in the window: the warning bar's text (from the
// screenshot notes) names the problem and the fix, and the bar is drawn (amber).
TEST_CASE("missing reference data is explained in the window, not a crash") {
    TempDir dir;
    const auto script = dir.write("look.txt", "screenshot nodata\n");
    const auto r = runShell("SDL_VIDEODRIVER=offscreen MNTRAINER_DATA_DIR=" + shellQuote((dir.path() / "nothing").string()) + " XDG_DATA_HOME=" +
                            shellQuote((dir.path() / "data").string()) + " XDG_CONFIG_HOME=" + shellQuote((dir.path() / "config").string()) + " " +
                            shellQuote(MNTRAINER_BIN) + " --script " + shellQuote(script.string()) + " --screenshot-dir " +
                            shellQuote((dir.path() / "shots").string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto notes = nlohmann::json::parse(readFile(dir.path() / "shots" / "nodata.json"));
    REQUIRE(notes["warnings"].is_array());
    REQUIRE(notes["warnings"].size() >= 1);
    const std::string shown = notes["warnings"][0].get<std::string>();
    CHECK(shown.find("reference data could not be loaded") != std::string::npos);
    CHECK(shown.find("MNTRAINER_DATA_DIR") != std::string::npos);
    const auto img = gui_testing::loadImage(dir.path() / "shots" / "nodata.png");
    long amber = 0;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            const unsigned char* p = img.at(x, y);
            amber += (p[0] > 220 && p[1] > 150 && p[1] < 200 && p[2] < 110) ? 1 : 0;
        }
    }
    CHECK(amber > 200);
}
