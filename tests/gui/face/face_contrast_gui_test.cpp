// Facial features stay legible on every Fitzpatrick type: the real app draws
// a young woman's and an older bearded man's face for types I-VI, and the
// brows, upper-lid line and mouth line must stand out from the skin beside
// them by a minimum luminance contrast.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace face_contrast_detail {

// WCAG 2 relative luminance of an sRGB pixel.
double luminance(const unsigned char* p) {
    const auto lin = [](unsigned char c) {
        const double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(p[0]) + 0.7152 * lin(p[1]) + 0.0722 * lin(p[2]);
}

// Luminances in a (2r+1)^2 window of the screenshot round (x, y).
std::vector<double> window(const gui_testing::Image& img, std::pair<int, int> at, int r) {
    std::vector<double> out;
    for (int y = at.second - r; y <= at.second + r; ++y) {
        for (int x = at.first - r; x <= at.first + r; ++x) {
            if (x >= 0 && y >= 0 && x < img.width && y < img.height) out.push_back(luminance(img.at(x, y)));
        }
    }
    return out;
}

struct Feature {
    const char* name;
    double lineX, lineY; // a point on the drawn line, in art pixels (768 x 1024)
    double skinX, skinY; // skin beside it, in the same zone and away from zone edges
};

// From assets/face/face_geometry.py and make_face.py: the brow's fill centre,
// the upper-lid stroke (#333, through (322, 335)), the mouth line (stomion
// through (384, 509)); the skin points are the forehead above the brow, the
// under-eye below the lower lid, and the cheek beside the nose (skin, not
// beard, on every variant).
const Feature kFeatures[] = {
    {"brow", 320, 304, 320, 284},
    {"upper lid", 322, 335.5, 322, 395},
    {"mouth line", 384, 509, 330, 440},
};

} // namespace face_contrast_detail

// Threshold 1.7:1. WCAG's 3:1 for non-text graphics cannot be met on type VI
// skin: its tone (0.34, 0.23, 0.16) has a relative luminance of about 0.053,
// so even a pure black line reaches only (0.053 + 0.05) / 0.05 = 2.05:1. The
// old plain-multiply tint, which the issue found faint on type VI, measured
// 1.54:1 on the brows here; 1.7:1 asks for about three quarters of the
// ceiling on a log scale (log 1.7 / log 2.05 = 0.74). Lighter types measure
// far above it.
TEST_CASE("brows, lid line and mouth line keep a 1.7:1 contrast to the skin on Fitzpatrick types I-VI") {
    using namespace face_contrast_detail;
    TempDir dir;
    const auto library = dir.path() / "library";
    std::filesystem::create_directories(library);
    const auto base = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/tests/data/valid_case.json"));
    const std::vector<std::pair<std::string, std::pair<std::string, int>>> faces{
        {"female-20s", {"female", 26}}, {"male-60s-beard", {"male", 64}}};
    std::string script;
    for (const auto& [face, who] : faces) {
        for (int type = 1; type <= 6; ++type) {
            auto c = base;
            const std::string id = "fixture-contrast-" + face + "-" + std::to_string(type);
            c["id"] = id;
            c["client"]["sex"] = who.first;
            c["client"]["age"] = who.second;
            c["client"]["fitzpatrick"] = type;
            c["client"]["face"] = face;
            dir.write("library/" + id + ".json", c.dump(2));
            script += "open " + id + "\nzoom 2\nscreenshot " + id + "\nlibrary\n";
        }
    }
    AppRun app(dir);
    const auto r = app.run(script, "--cases " + shellQuote(library.string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    std::ostringstream table;
    for (const auto& [face, who] : faces) {
        for (int type = 1; type <= 6; ++type) {
            const std::string shot = "fixture-contrast-" + face + "-" + std::to_string(type);
            const auto img = gui_testing::loadImage(app.shots() / (shot + ".png"));
            REQUIRE(img.width > 0);
            for (const auto& f : kFeatures) {
                const auto line = app.mapPixel(shot, "consultation", f.lineX / 768.0, f.lineY / 1024.0);
                const auto skin = app.mapPixel(shot, "consultation", f.skinX / 768.0, f.skinY / 1024.0);
                // The line's darkest pixel nearby (lines are 1-4 px wide and the
                // no-go hatching stripes half of them) against the skin's median.
                auto lineLum = window(img, line, 3);
                auto skinLum = window(img, skin, 2);
                REQUIRE(!lineLum.empty());
                REQUIRE(!skinLum.empty());
                const double darkest = *std::min_element(lineLum.begin(), lineLum.end());
                std::nth_element(skinLum.begin(), skinLum.begin() + static_cast<long>(skinLum.size() / 2), skinLum.end());
                const double skinMedian = skinLum[skinLum.size() / 2];
                const double ratio = (skinMedian + 0.05) / (darkest + 0.05);
                table << face << " type " << type << " " << f.name << ": " << ratio << "\n";
                INFO(face << " type " << type << " " << f.name << ": skin " << skinMedian << ", line " << darkest << ", ratio " << ratio);
                CHECK(ratio >= 1.7);
            }
        }
    }
    WARN(table.str()); // the measured figures, for the report
}
