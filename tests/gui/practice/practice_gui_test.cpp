// Plays cases end to end in the real app, offscreen, through UI scripts, and
// checks the saved attempts, the debrief's score against `mntrainer grade`,
// and pixels in the screenshots.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

const std::string kFineLinesPlan = R"(
open a-fine-lines-forehead-eyes
screenshot consult-type-i
decide treat
goto plan
depth forehead 0.25
patterns forehead vertical horizontal oblique
passes forehead 2
endpoint forehead erythema
depth temple_left 0.25
patterns temple_left vertical horizontal oblique
passes temple_left 2
endpoint temple_left erythema
mirror temple_left
depth periorbital_left 0.5
patterns periorbital_left vertical horizontal oblique
passes periorbital_left 2
endpoint periorbital_left erythema
mirror periorbital_left
select forehead
screenshot plan-forehead-selected
select nose
screenshot plan-nose-selected
goto aftercare
aftercare spf30_daily
aftercare gentle_cleanser
aftercare no_actives_4d
aftercare no_makeup_24h
aftercare hydrate
interval 5
sessions 4
submit
screenshot debrief
)";

// Light gold of the selection outline (shaders/face_map.frag).
int goldPixels(const gui_testing::Image& img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(img.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(img.width, x1); ++x) {
            const unsigned char* p = img.at(x, y);
            n += (p[0] > 230 && p[1] > 170 && p[1] < 230 && p[2] < 90) ? 1 : 0;
        }
    }
    return n;
}

double luminance(const unsigned char* p) { return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]; }

// Grades the attempt saved in a history record through the CLI.
double cliScore(const TempDir& dir, const nlohmann::json& record) {
    const auto file = dir.write("saved-attempt.json", record["attempt"].dump(2));
    const auto r = runShell(shellQuote(MNTRAINER_BIN) + " grade --attempt " + shellQuote(file.string()) + " --json");
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out)["score"].get<double>();
}

} // namespace

TEST_CASE("a treat case played end to end: saved attempt, CLI-equal score, selection pixels") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(kFineLinesPlan);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto history = app.history();
    REQUIRE(history.size() == 1);
    const auto& record = history[0];
    CHECK(record["attempt"]["case_id"] == "a-fine-lines-forehead-eyes");
    CHECK(record["attempt"]["decision"] == "treat");
    CHECK(record["attempt"]["zones"].size() == 5);
    CHECK(record["report"]["score"].get<double>() == Approx(100.0));
    CHECK(record["report"]["passed"] == true);
    CHECK(cliScore(dir, record) == record["report"]["score"].get<double>());
    CHECK_FALSE(std::filesystem::exists(app.userData() / "autosave.json")); // done with once submitted

    // The selected zone is outlined in gold; with the nose selected instead,
    // the forehead's box holds (almost) no gold.
    const auto [cx, cy] = gui_testing::zoneCentroid("forehead");
    const auto [x0, y0] = app.mapPixel("plan-forehead-selected", "plan", cx - 0.2, cy - 0.1);
    const auto [x1, y1] = app.mapPixel("plan-forehead-selected", "plan", cx + 0.2, cy + 0.1);
    const auto selected = gui_testing::loadImage(app.shots() / "plan-forehead-selected.png");
    const auto other = gui_testing::loadImage(app.shots() / "plan-nose-selected.png");
    REQUIRE(selected.width == 1280);
    const int goldSelected = goldPixels(selected, x0, y0, x1, y1);
    const int goldOther = goldPixels(other, x0, y0, x1, y1);
    INFO("gold pixels: forehead selected " << goldSelected << ", nose selected " << goldOther);
    CHECK(goldSelected > 150);
    CHECK(goldOther < goldSelected / 5);
}

TEST_CASE("the skin tone follows the client's Fitzpatrick type") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("open a-fine-lines-forehead-eyes\nscreenshot type-i\nopen a-texture-pores-type-vi\nscreenshot type-vi\n");
    REQUIRE(r.exitCode == 0);
    const auto [cx, cy] = gui_testing::zoneCentroid("forehead");
    const auto light = gui_testing::loadImage(app.shots() / "type-i.png");
    const auto dark = gui_testing::loadImage(app.shots() / "type-vi.png");
    const auto [lx, ly] = app.mapPixel("type-i", "consultation", cx, cy);
    const auto [dx, dy] = app.mapPixel("type-vi", "consultation", cx, cy);
    const double lightLum = luminance(light.at(lx, ly));
    const double darkLum = luminance(dark.at(dx, dy));
    INFO("forehead luminance: type I " << lightLum << ", type VI " << darkLum);
    CHECK(lightLum > 170.0);
    CHECK(darkLum < 110.0);
    // Skin, not grey: red above blue for both.
    CHECK(light.at(lx, ly)[0] > light.at(lx, ly)[2] + 15);
    CHECK(dark.at(dx, dy)[0] > dark.at(dx, dy)[2] + 15);
}

TEST_CASE("the debrief overlay colours a too-deep zone differently from a correct one") {
    TempDir dir;
    AppRun app(dir);
    std::string script = kFineLinesPlan;
    script.replace(script.find("depth forehead 0.25"), 19, "depth forehead 1.0 ");
    script += "view yours\nzoom 1\nscreenshot debrief-yours\n";
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(cliScore(dir, history[0]) == history[0]["report"]["score"].get<double>());
    const auto img = gui_testing::loadImage(app.shots() / "debrief-yours.png");
    // Sample away from the centred label: high on the forehead, low on the temple.
    const auto [fx, fy] = gui_testing::zoneCentroid("forehead");
    const auto [tx, ty] = gui_testing::zoneCentroid("temple_left");
    const auto [dx, dy] = app.mapPixel("debrief-yours", "yours", fx, fy - 0.05);
    const auto [ox, oy] = app.mapPixel("debrief-yours", "yours", tx, ty + 0.03);
    const unsigned char* deep = img.at(dx, dy);
    const unsigned char* ok = img.at(ox, oy);
    INFO("too deep " << int(deep[0]) << "," << int(deep[1]) << "," << int(deep[2]) << "; correct " << int(ok[0]) << "," << int(ok[1]) << ","
                     << int(ok[2]));
    // Too deep is orange (red high, blue low); correct is bluish green (green above red).
    CHECK(deep[0] > 180);
    CHECK(deep[2] < 100);
    CHECK(ok[1] > ok[0] + 30);
}

TEST_CASE("a deferral case: no plan, graded on screening and follow-up, saved") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(R"(
open a-melasma-pregnant-rosacea-flare
flag pregnancy
flag rosacea_flare
decide defer
rebook 44
advice protect_from_sun
advice let_skin_settle
screenshot consultation-follow-up
submit
screenshot debrief-defer
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(history[0]["attempt"]["zones"].empty());
    CHECK(history[0]["attempt"]["follow_up"]["rebook_weeks"] == 44);
    CHECK(history[0]["report"]["score"].get<double>() == Approx(100.0));
    CHECK(cliScore(dir, history[0]) == Approx(100.0));
    const auto notes = nlohmann::json::parse(readFile(app.shots() / "debrief-defer.json"));
    CHECK(notes["stage"] == "debrief");
}

TEST_CASE("a treat-with-changes case with an avoided zone, and a mistake in a wrong zone") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt") + R"(
submit
retry
flag active_acne
decide treat_modified
depth chin 1.0
submit
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 2);
    // Order by score: the first attempt is the model plan, the retry treated the chin.
    const auto& best = history[0]["report"]["score"].get<double>() > history[1]["report"]["score"].get<double>() ? history[0] : history[1];
    const auto& worst = &best == &history[0] ? history[1] : history[0];
    CHECK(best["report"]["score"].get<double>() == Approx(100.0));
    CHECK(cliScore(dir, best) == Approx(100.0));
    CHECK(worst["report"]["passed"] == false);
    bool chinCritical = false;
    for (const auto& c : worst["report"]["critical"]) chinCritical = chinCritical || c["id"] == "treated_avoid_zone:chin";
    CHECK(chinCritical);
    CHECK(cliScore(dir, worst) == worst["report"]["score"].get<double>());
}

TEST_CASE("an attempt in progress survives kill -9 and is offered back") {
    TempDir dir;
    AppRun app(dir);
    const auto pidFile = app.start("open a-acne-scars-cheeks\nflag active_acne\ndecide treat_modified\ndepth cheek_left 1.75\nframes 100000\n");
    const auto autosave = app.userData() / "autosave.json";
    REQUIRE(gui_testing::waitFor([&] { return std::filesystem::exists(autosave) && readFile(autosave).find("1.75") != std::string::npos; }));
    REQUIRE(pidFile->killHard());

    const auto r = app.run("resume\nscreenshot resumed\nsubmit\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    const auto& attempt = history[0]["attempt"];
    CHECK(attempt["flags"] == nlohmann::json::array({"active_acne"}));
    CHECK(attempt["decision"] == "treat_modified");
    REQUIRE(attempt["zones"].size() == 1);
    CHECK(attempt["zones"][0]["depth_mm"].get<double>() == Approx(1.75));
}

TEST_CASE("script errors name the line and stop with a failure") {
    TempDir dir;
    AppRun app(dir);
    auto r = app.run("open a-acne-scars-cheeks\ndepth cheek_left 9\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("script.txt:2: error: depth must be 0.25 to 2.5 mm") != std::string::npos);
    r = app.run("opne a-acne-scars-cheeks\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("Did you mean \"open\"?") != std::string::npos);
}
