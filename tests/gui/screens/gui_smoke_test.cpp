// Starts the real app offscreen, renders a few frames and checks the
// screenshot holds a real UI (not a blank or single-colour frame).
#include "support/run_process.hpp"

#include <catch2/catch.hpp>
#include <stb/stb_image.h>

#include <set>

using namespace testing_support;

TEST_CASE("the app opens offscreen, shows the case list and writes a real screenshot") {
    TempDir dir;
    const auto png = dir.path() / "library.png";
    const std::string cmd = std::string("cd ") + shellQuote(dir.path().string()) + " && SDL_VIDEODRIVER=offscreen XDG_CONFIG_HOME=" +
                            shellQuote((dir.path() / "config").string()) + " " + shellQuote(MNTRAINER_BIN) +
                            " --frames 4 --width 1024 --height 640 --cases " +
                            shellQuote(std::string(MN_SOURCE_ROOT) + "/tests/data/gui_library") + " --screenshot " +
                            shellQuote(png.string());
    const auto result = runShell(cmd);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    REQUIRE(std::filesystem::exists(png));

    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &channels, 4);
    REQUIRE(pixels != nullptr);
    CHECK(w == 1024);
    CHECK(h == 640);
    std::set<unsigned> colours;
    long bright = 0;
    long warningRed = 0;
    const long total = static_cast<long>(w) * h;
    for (long i = 0; i < total; ++i) {
        const unsigned char* p = pixels + i * 4;
        colours.insert(unsigned(p[0]) << 16 | unsigned(p[1]) << 8 | p[2]);
        if (p[0] > 180 && p[1] > 180 && p[2] > 180) ++bright; // light text on the dark theme
        if (p[0] > 200 && p[1] > 90 && p[1] < 150 && p[2] < 130) ++warningRed; // "not playable" text
    }
    stbi_image_free(pixels);
    // A blank frame has one colour; a frame of text and table rows has many
    // anti-aliased shades and a fair amount of light text.
    CHECK(colours.size() > 50);
    CHECK(bright > total / 2000);
    // The broken case is listed (in the warning colour), not hidden.
    CHECK(warningRed > 100);
    // Nothing was written into the working directory (no imgui.ini, no stray files).
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) names.insert(e.path().filename().string());
    CHECK(names == std::set<std::string>{"library.png"});
}

TEST_CASE("with no display the app fails with a clear message, not a crash") {
    const auto result = runShell("SDL_VIDEODRIVER=nonexistent_driver DISPLAY= WAYLAND_DISPLAY= " + shellQuote(MNTRAINER_BIN) + " --frames 1");
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("cannot open a window") != std::string::npos);
}
