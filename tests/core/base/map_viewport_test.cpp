// The face map's viewport (base/map_viewport): fit, zoom about a point, round trips.
#include "base/map_viewport.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the map viewport fits, zooms about a point, and round-trips") {
    core::MapViewport v;
    v.panelSize = {800.0, 600.0};
    v.aspect = 0.75;
    // Fit: height-limited, 450 x 600, centred horizontally.
    CHECK(v.mapSize().x == Approx(450.0));
    CHECK(v.mapToPanel({0.0, 0.0}).x == Approx(175.0));
    CHECK(v.mapToPanel({1.0, 1.0}).y == Approx(600.0));
    const glm::dvec2 p{300.0, 200.0};
    const glm::dvec2 before = v.panelToMap(p);
    v.zoomAbout(p, 2.0);
    CHECK(v.zoom == Approx(2.0));
    CHECK(v.panelToMap(p).x == Approx(before.x).margin(1e-9));
    CHECK(v.panelToMap(p).y == Approx(before.y).margin(1e-9));
    v.zoomAbout(p, 100.0);
    CHECK(v.zoom == Approx(8.0)); // clamped
    v.pan = {5.0, -5.0};
    v.clamp();
    CHECK(v.pan.x == Approx(0.5 - 0.5 / 8.0));
}
