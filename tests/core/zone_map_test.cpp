// The zone map (model/zone_map) on the bundled zones: required zones, sides, hit-testing and overlaps.
#include "model/zone_map.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

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

TEST_CASE("treatable zones do not overlap") {
    const auto& zones = fixtures::referenceData().zones;
    int overlaps = 0;
    for (int yi = 0; yi < 200; ++yi) {
        for (int xi = 0; xi < 150; ++xi) {
            const glm::dvec2 p{(xi + 0.5) / 150.0, (yi + 0.5) / 200.0};
            int inside = 0;
            for (const auto& z : zones.zones()) inside += (!z.noGo && z.contains(p)) ? 1 : 0;
            overlaps += inside > 1 ? 1 : 0;
        }
    }
    CHECK(overlaps == 0);
}
