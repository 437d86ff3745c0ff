// The zone map (model/zone_map) on the bundled zones: required zones, sides,
// views, hit-testing and overlaps; and the reader's located errors.
#include "terms/zone_map.hpp"

#include "validation/validator.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("the zone map has every required zone, and hit-testing finds them") {
    const auto& zones = fixtures::referenceData().zones;
    for (const auto& id : core::requiredZoneIds()) {
        const core::Zone* z = zones.find(id);
        REQUIRE(z);
        CHECK(z->area() > 0.0005);
        CHECK(z->noGo == id.starts_with("nogo_"));
    }
    // Client's left is the viewer's right: the left cheek lies right of centre.
    CHECK(zones.find("cheek_left")->centroid().x > 0.5);
    CHECK(zones.find("cheek_right")->centroid().x < 0.5);
    // No-go areas win over the zones around them.
    const auto* hit = zones.hitTest(zones.find("nogo_eye_left")->centroid());
    REQUIRE(hit);
    CHECK(hit->id == "nogo_eye_left");
    CHECK(zones.hitTest({0.01, 0.01}) == nullptr);
    CHECK(zones.hitTest({0.50, 0.25})->id == "forehead");
}

TEST_CASE("treatable zones of one view do not overlap") {
    const auto& zones = fixtures::referenceData().zones;
    for (const auto& [name, view] : core::mapViewChoices()) {
        INFO(name);
        int overlaps = 0;
        for (int yi = 0; yi < 200; ++yi) {
            for (int xi = 0; xi < 150; ++xi) {
                const glm::dvec2 p{(xi + 0.5) / 150.0, (yi + 0.5) / 200.0};
                int inside = 0;
                for (const auto& z : zones.zones()) inside += (z.view == view && !z.noGo && z.contains(p)) ? 1 : 0;
                overlaps += inside > 1 ? 1 : 0;
            }
        }
        CHECK(overlaps == 0);
    }
}

TEST_CASE("body zones lie on the body view, and hit-testing keeps to the view asked for") {
    const auto& zones = fixtures::referenceData().zones;
    for (const char* id : {"abdomen", "thigh_left", "thigh_right", "upper_arm_left", "upper_arm_right"}) {
        INFO(id);
        const core::Zone* z = zones.find(id);
        REQUIRE(z);
        CHECK(z->view == core::MapView::Body);
        CHECK(z->region == "body");
        CHECK_FALSE(z->noGo);
        const core::Zone* hit = zones.hitTest(z->centroid(), core::MapView::Body);
        REQUIRE(hit);
        CHECK(hit->id == id);
        // The same point on the face picture is some face zone, or none: never a body zone.
        const core::Zone* onFace = zones.hitTest(z->centroid(), core::MapView::Face);
        CHECK((onFace == nullptr || onFace->view == core::MapView::Face));
    }
    // Face zones keep the default view; a file without "view" lies on the face.
    CHECK(zones.find("cheek_left")->view == core::MapView::Face);
    CHECK(zones.hitTest(zones.find("forehead")->centroid())->id == "forehead");
    CHECK(zones.hitTest(zones.find("forehead")->centroid(), core::MapView::Body) == nullptr);
    // Client's left is the viewer's right on the body too.
    CHECK(zones.find("thigh_left")->centroid().x > 0.5);
    CHECK(zones.find("upper_arm_right")->centroid().x < 0.5);
    CHECK(zones.onView("abdomen", core::MapView::Body));
    CHECK_FALSE(zones.onView("abdomen", core::MapView::Face));
    CHECK_FALSE(zones.onView("no_such_zone", core::MapView::Face));
}

namespace {

// The bundled zones.json with one zone's fields changed, read back.
core::Diagnostics readChanged(const std::string& zoneId, const core::Json& fields) {
    auto doc = core::Json::parse(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    for (auto& z : doc["zones"]) {
        if (z["id"] == zoneId) z.update(fields);
    }
    core::Diagnostics d;
    (void)core::readZoneMap(doc, d);
    return d;
}

int indexOf(const std::string& zoneId) {
    const auto& all = fixtures::referenceData().zones.zones();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].id == zoneId) return static_cast<int>(i);
    }
    return -1;
}

} // namespace

TEST_CASE("the zone reader: the view field, its default, and located errors for a bad one") {
    // An explicit "face" is the same as none.
    CHECK_FALSE(readChanged("forehead", {{"view", "face"}}).hasErrors());
    // A view that is not face or body names the field and the choices.
    auto d = readChanged("abdomen", {{"view", "legs"}});
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items()[0].pointer == "/zones/" + std::to_string(indexOf("abdomen")) + "/view");
    CHECK(d.items()[0].message.find("\"legs\"") != std::string::npos);
    CHECK(d.items()[0].message.find("body") != std::string::npos);
    // Region and view must agree, each way, and a body zone cannot leave the view out.
    d = readChanged("abdomen", {{"view", "face"}});
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items()[0].pointer == "/zones/" + std::to_string(indexOf("abdomen")) + "/view");
    d = readChanged("chin", {{"view", "body"}});
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items()[0].pointer == "/zones/" + std::to_string(indexOf("chin")) + "/view");
    auto noView = core::Json::parse(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    for (auto& z : noView["zones"]) {
        if (z["id"] == "thigh_left") z.erase("view");
    }
    core::Diagnostics missing;
    (void)core::readZoneMap(noView, missing);
    REQUIRE(missing.errorCount() == 1);
    CHECK(missing.items()[0].pointer == "/zones/" + std::to_string(indexOf("thigh_left")) + "/region");
}

TEST_CASE("a bad view in a zone file is reported with its file, line and column by validate") {
    testing_support::TempDir dir;
    auto doc = core::Json::parse(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    for (auto& z : doc["zones"]) {
        if (z["id"] == "upper_arm_left") z["view"] = "arm";
    }
    const std::string text = doc.dump(2);
    const auto file = dir.write("zones.json", text);
    // The line that holds the bad value, as written.
    int expectedLine = 0;
    std::istringstream lines(text);
    int n = 0;
    for (std::string line; std::getline(lines, line);) {
        ++n;
        if (line.find("\"view\": \"arm\"") != std::string::npos) expectedLine = n;
    }
    REQUIRE(expectedLine > 0);
    const auto report = core::validatePaths({file}, MN_SOURCE_ROOT);
    const auto all = report.allDiagnostics();
    REQUIRE(all.size() == 1);
    CHECK(all[0].severity == core::Severity::Error);
    CHECK(all[0].file.find("zones.json") != std::string::npos);
    CHECK(all[0].pointer == "/zones/" + std::to_string(indexOf("upper_arm_left")) + "/view");
    CHECK(all[0].line == expectedLine);
    CHECK(all[0].column > 0);
}
