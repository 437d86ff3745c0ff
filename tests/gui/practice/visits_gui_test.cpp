// Follow-up visits in the real app, offscreen: a scripted attempt on
// a-acne-scars-cheeks with a complication (the chin needled over active acne)
// and with a normal course (the model answer). Each visit's face changes only
// in the zones its outcome affects, and managing it is graded in the visits
// section (a wrong choice at the isotretinoin step is critical).
#include "gui_test_support.hpp"
#include "zone_polygons.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace visits_gui_detail {

// The model answer (tests/data/scripts), with the chin needled when `treatChin`.
// The tick that draws the face as it was on the session day: the same map in
// the same place, so a visit's face can be compared with it pixel by pixel.
const std::string kCompare = "click Show the session day\n";

std::string modelAnswer(bool treatChin) {
    std::string script = readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    if (treatChin) {
        const std::string avoid = "avoid chin\n";
        const auto at = script.find(avoid);
        REQUIRE(at != std::string::npos);
        script.replace(at, avoid.size(), "depth chin 0.5\npatterns chin vertical\npasses chin 2\nendpoint chin erythema\n");
    }
    return script + "\nsubmit\n";
}

// The critical errors the visits added (the plan's own are left out).
std::vector<std::string> visitCriticals(const nlohmann::json& visits) {
    std::vector<std::string> out;
    for (const auto& id : visits.at("critical")) {
        if (id.get<std::string>().starts_with("visit_critical:")) out.push_back(id.get<std::string>());
    }
    return out;
}

nlohmann::json notesOf(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

struct FaceChange {
    int changed = 0;              // visit-map pixels that differ from the face on the session day
    int strayed = 0;              // of those, pixels clearly outside the affected zones
    std::map<std::string, int> perZone; // changed pixels inside each affected zone
    double redBefore = 0.0;       // mean red/green of the changed pixels, before and at the visit
    double redAfter = 0.0;
};

FaceChange compareVisitFace(const AppRun& app, const std::string& before, const std::string& visit, const std::vector<std::string>& zones) {
    const auto a = gui_testing::loadImage(app.shots() / (before + ".png"));
    const auto b = gui_testing::loadImage(app.shots() / (visit + ".png"));
    REQUIRE(a.width == b.width);
    const auto [x0, y0] = app.mapPixel(visit, "visit", 0.0, 0.0);
    const auto [x1, y1] = app.mapPixel(visit, "visit", 1.0, 1.0);
    REQUIRE(app.mapPixel(before, "visit", 0.0, 0.0) == std::make_pair(x0, y0)); // the same map, in the same place
    const auto all = gui_testing::zonePolygons(zones);
    std::map<std::string, gui_testing::ZonePolygons> each;
    for (const auto& zone : zones) each[zone] = gui_testing::zonePolygons({zone});
    // The map is drawn below the compare tick (whose own box changes): start under it.
    int mapTop = y0;
    const auto notes = nlohmann::json::parse(readFile(app.shots() / (visit + ".json")));
    for (const auto& control : notes.at("layout").at("controls")) {
        if (control["text"] == kCompare.substr(6, kCompare.size() - 7)) mapTop = std::max(mapTop, static_cast<int>(control["rect"][3].get<double>()) + 1);
    }
    REQUIRE(mapTop > y0);
    const double slack = 2.5; // pixels: the zone mask is a raster of the polygon
    FaceChange change;
    for (int y = std::max(0, mapTop); y < std::min(a.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(a.width, x1); ++x) {
            const unsigned char* p = a.at(x, y);
            const unsigned char* q = b.at(x, y);
            if (p[0] == q[0] && p[1] == q[1] && p[2] == q[2]) continue;
            ++change.changed;
            const double mx = (x + 0.5 - x0) / (x1 - x0);
            const double my = (y + 0.5 - y0) / (y1 - y0);
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy) {
                for (int dx = -1; dx <= 1 && !near; ++dx) near = all.contains(mx + dx * slack / (x1 - x0), my + dy * slack / (y1 - y0));
            }
            if (!near) ++change.strayed;
            for (const auto& zone : zones) change.perZone[zone] += each.at(zone).contains(mx, my) ? 1 : 0;
            change.redBefore += static_cast<double>(p[0]) / std::max(1, static_cast<int>(p[1]));
            change.redAfter += static_cast<double>(q[0]) / std::max(1, static_cast<int>(q[1]));
        }
    }
    if (change.changed > 0) {
        change.redBefore /= change.changed;
        change.redAfter /= change.changed;
    }
    return change;
}

} // namespace visits_gui_detail

using namespace visits_gui_detail;

TEST_CASE("a complication at a follow-up visit: drawn in the chin only and managing it graded") {
    TempDir dir;
    AppRun app(dir);
    // Seed 5: FNV-1a 64 of "5:acne_spread" gives a draw of 0.170, under the
    // 0.5 of "common", so the acne spreads; "5:infection_aftercare" gives
    // 0.330 and "5:herpes_reactivation" (the intake mentions cold sores) 0.450,
    // both over the 0.2 of "uncommon", so neither happens. Time points: the
    // normal course at day 2, the spread at day 3 and week 2, the case's
    // isotretinoin step at week 5 - visits 1 to 4.
    const std::string script = modelAnswer(true) +
                               "visit-seed 5\ngoto visits\nscreenshot day2\n"
                               "visit 2\n" + kCompare + "screenshot before\n" + kCompare + "screenshot spread\n"
                               "manage reassure\nscreenshot reassured\n"
                               "manage pause_course refer_gp document_report\nscreenshot managed\n"
                               "visit 4\nmanage reassure\nscreenshot iso-reassured\n"
                               "manage pause_course document_report\nscreenshot iso-managed\n";
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto day2 = notesOf(app, "day2");
    CHECK(day2["stage"] == "visits");
    CHECK(day2["visits"]["current"] == 1); // the visits open on the first
    CHECK(day2["visits"]["count"] == 4);
    const auto spread = notesOf(app, "spread")["visits"];
    CHECK(spread["label"] == "Day 3");
    CHECK(spread["messages"] == nlohmann::json::array({"acne_spread"}));
    CHECK(spread["affected_zones"] == nlohmann::json::array({"chin"})); // the finding's zone, not every treated zone

    // Pustules on a red base in the chin, and nothing drawn anywhere else.
    const FaceChange change = compareVisitFace(app, "before", "spread", {"chin"});
    INFO(change.changed << " pixels changed, " << change.strayed << " outside the chin; red/green " << change.redBefore << " -> " << change.redAfter);
    CHECK(change.changed >= 200);
    CHECK(change.strayed == 0);
    CHECK(change.redAfter > change.redBefore + 0.03);

    // Reassuring is harmful here: none of the three expected choices (a point
    // each) and one point off, so the section is below its 3-point maximum.
    const auto reassured = notesOf(app, "reassured")["visits"];
    CHECK(reassured["choices"] == nlohmann::json::array({"reassure"}));
    REQUIRE(reassured.contains("section"));
    CHECK(reassured["section"]["score"].get<double>() < reassured["section"]["max"].get<double>());
    // Pause, GP and a record: all three expected choices at day 3. The visits
    // opened on day 2 (the normal course, whose one expected choice, reassure,
    // was not made), so 3 of 4 points: 3/4 of the section's weight of 20 = 15.
    const auto managed = notesOf(app, "managed")["visits"];
    CHECK(managed["section"]["max"].get<double>() == Approx(20.0));
    CHECK(managed["section"]["score"].get<double>() == Approx(15.0));

    // Week 5, the case's own step: reassuring a client who started isotretinoin is critical.
    const auto iso = notesOf(app, "iso-reassured")["visits"];
    CHECK(iso["label"] == "Week 5");
    // (The plan's own critical errors - needling the chin over active acne - stay as they were.)
    CHECK(visitCriticals(iso) == std::vector<std::string>{"visit_critical:session_two_isotretinoin:reassure"});
    CHECK(iso["passed"] == false);
    CHECK(visitCriticals(notesOf(app, "iso-managed")["visits"]).empty());
}

TEST_CASE("a normal course at a follow-up visit: redness in the treated zones only and reassuring graded right") {
    TempDir dir;
    AppRun app(dir);
    // The model answer avoids the chin, so the acne cannot spread. Seed 3:
    // "3:infection_aftercare" draws 0.583 and "3:tram_tracks" 0.531, both over
    // "uncommon"'s 0.2, so only the expected course and the case's step show.
    const auto r = app.run(modelAnswer(false) + "visit-seed 3\ngoto visits\n" + kCompare + "screenshot before\n" + kCompare + "screenshot day2\n"
                                                "manage reassure\nscreenshot reassured\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto day2 = notesOf(app, "day2")["visits"];
    CHECK(day2["label"] == "Day 2");
    CHECK(day2["messages"] == nlohmann::json::array({"normal_course"}));
    const std::vector<std::string> treated{"cheek_left", "cheek_right", "jawline_left", "jawline_right"};
    CHECK(day2["affected_zones"].get<std::vector<std::string>>().size() == treated.size());

    const FaceChange change = compareVisitFace(app, "before", "day2", treated);
    INFO(change.changed << " pixels changed, " << change.strayed << " outside the treated zones");
    // Four zones' long shared borders with their neighbours: at most 1 in
    // 1000 changed pixels may sit past the 2.5 px slack (measured: 2 of 21922,
    // at the thin tips of the jawlines); a layer drawn in a wrong zone moves thousands.
    CHECK(change.strayed * 1000 <= change.changed);
    for (const auto& zone : treated) {
        INFO(zone);
        CHECK(change.perZone.at(zone) >= 100); // each treated zone turns pink, not just one
    }
    CHECK(change.redAfter > change.redBefore + 0.03);

    // The normal course: reassure is the one expected choice - 1 / 1.
    const auto reassured = notesOf(app, "reassured")["visits"];
    CHECK(reassured["section"]["score"].get<double>() == Approx(reassured["section"]["max"].get<double>()));
    CHECK(visitCriticals(reassured).empty());
}
