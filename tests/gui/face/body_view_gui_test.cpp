// The body view in the real app, offscreen: a case with body zones opens on
// the body picture, the Face / Body toggle (mouse, Ctrl+B, script) switches
// pictures, and zones and findings of the other picture are not drawn.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

std::string bodyLibraryOption() { return "--cases " + shellQuote(std::string(MN_SOURCE_ROOT) + "/tests/data/body_library"); }

nlohmann::json bodyShotNotes(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

bool isSkin(const unsigned char* p) { return p[0] > 150 && p[0] > p[2] + 25; } // Fitzpatrick III, lit or shaded
bool isMarkerPink(const unsigned char* p) { return p[0] > 200 && p[1] < 110 && p[2] > 120 && p[2] < 190; } // (236, 72, 153)

// Gold of the selection outline (shaders/face_map.frag) in a box of the map.
int bodyGoldPixels(const gui_testing::Image& img, std::pair<int, int> from, std::pair<int, int> to) {
    int n = 0;
    for (int y = std::max(0, from.second); y < std::min(img.height, to.second); ++y) {
        for (int x = std::max(0, from.first); x < std::min(img.width, to.first); ++x) {
            const unsigned char* p = img.at(x, y);
            n += (p[0] > 230 && p[1] > 170 && p[1] < 230 && p[2] < 90) ? 1 : 0;
        }
    }
    return n;
}

} // namespace

TEST_CASE("a case with body zones opens on the body, and the toggle switches to the face and back") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(R"(
open fixture-body-stretch-marks
screenshot opened
map-view face
screenshot face
click Body
screenshot clicked
press ctrl+b
screenshot keyed
press ctrl+b
flag raised_lesion
decide treat_modified
goto plan
depth abdomen 1.75
select abdomen
screenshot plan-body
map-view face
screenshot plan-face
)",
                           bodyLibraryOption());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    // State: the case's treatment is on the abdomen, so it opens on the body; the toggle is offered.
    CHECK(bodyShotNotes(app, "opened")["map_view"] == "body");
    CHECK(bodyShotNotes(app, "opened")["map_toggle"] == true);
    CHECK(bodyShotNotes(app, "face")["map_view"] == "face");
    CHECK(bodyShotNotes(app, "clicked")["map_view"] == "body"); // the mouse on the toggle's "Body"
    CHECK(bodyShotNotes(app, "keyed")["map_view"] == "face");   // Ctrl+B

    // Pixels: the abdomen is skin on the body picture; low in the far corner the face
    // picture has its shoulders while the body picture has nothing.
    const auto [ax, ay] = gui_testing::zoneCentroid("abdomen");
    const auto body = gui_testing::loadImage(app.shots() / "opened.png");
    const auto face = gui_testing::loadImage(app.shots() / "face.png");
    REQUIRE(body.width == 1280);
    const auto [bx, by] = app.mapPixel("opened", "consultation", ax + 0.06, ay); // beside the navel
    INFO("abdomen on the body picture " << int(body.at(bx, by)[0]) << "," << int(body.at(bx, by)[1]) << "," << int(body.at(bx, by)[2]));
    CHECK(isSkin(body.at(bx, by)));
    const auto [cx, cy] = app.mapPixel("opened", "consultation", 0.08, 0.96);
    const auto [dx, dy] = app.mapPixel("face", "consultation", 0.08, 0.96);
    INFO("corner on the body picture " << int(body.at(cx, cy)[0]) << "," << int(body.at(cx, cy)[1]) << "," << int(body.at(cx, cy)[2]));
    CHECK_FALSE(isSkin(body.at(cx, cy)));
    CHECK(isSkin(face.at(dx, dy)));

    // The mole on the left thigh is drawn on the body picture only.
    const auto [mx, my] = app.mapPixel("opened", "consultation", 0.585, 0.72);
    const auto [nx, ny] = app.mapPixel("face", "consultation", 0.585, 0.72);
    CHECK(isMarkerPink(body.at(mx, my)));
    CHECK_FALSE(isMarkerPink(face.at(nx, ny)));

    // The selected abdomen is outlined in gold on the body; on the face picture
    // the same box holds (almost) no gold: the body's zones are not drawn there.
    const auto planBody = gui_testing::loadImage(app.shots() / "plan-body.png");
    const auto planFace = gui_testing::loadImage(app.shots() / "plan-face.png");
    CHECK(bodyShotNotes(app, "plan-body")["map_view"] == "body");
    const auto from = app.mapPixel("plan-body", "plan", ax - 0.16, ay - 0.1);
    const auto to = app.mapPixel("plan-body", "plan", ax + 0.16, ay + 0.1);
    const int goldBody = bodyGoldPixels(planBody, from, to);
    const int goldFace = bodyGoldPixels(planFace, app.mapPixel("plan-face", "plan", ax - 0.16, ay - 0.1), app.mapPixel("plan-face", "plan", ax + 0.16, ay + 0.1));
    INFO("gold pixels: body " << goldBody << ", face " << goldFace);
    CHECK(goldBody > 150);
    CHECK(goldFace < goldBody / 10);
}

TEST_CASE("a face case offers no body toggle and stays on the face") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("open a-fine-lines-forehead-eyes\nscreenshot face-case\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto n = bodyShotNotes(app, "face-case");
    CHECK(n["map_view"] == "face");
    CHECK(n["map_toggle"] == false);
    // No "Body" radio on screen: a script cannot click what is not drawn.
    const auto click = app.run("open a-fine-lines-forehead-eyes\nclick Body\n");
    CHECK(click.exitCode == 1);
    CHECK(click.err.find("no button \"Body\" on screen") != std::string::npos);
}
