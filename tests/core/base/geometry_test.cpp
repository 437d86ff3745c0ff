// Polygon maths: hit-testing and areas on hand-computed shapes.
#include "base/geometry.hpp"

#include <catch2/catch.hpp>

using core::Polygon;

TEST_CASE("point in polygon on a unit square and an L shape") {
    const Polygon square{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}};
    CHECK(core::pointInPolygon(square, {0.5, 0.5}));
    CHECK_FALSE(core::pointInPolygon(square, {1.5, 0.5}));
    CHECK_FALSE(core::pointInPolygon(square, {-0.01, 0.5}));
    // L shape: the notch at top right is outside.
    const Polygon ell{{0, 0}, {0.5, 0}, {0.5, 0.5}, {1, 0.5}, {1, 1}, {0, 1}};
    CHECK(core::pointInPolygon(ell, {0.25, 0.25}));
    CHECK_FALSE(core::pointInPolygon(ell, {0.75, 0.25}));
    CHECK(core::pointInPolygon(ell, {0.75, 0.75}));
}

TEST_CASE("polygon area and centroid, either winding") {
    const Polygon square{{0.0, 0.0}, {2.0, 0.0}, {2.0, 1.0}, {0.0, 1.0}};
    CHECK(core::polygonArea(square) == Approx(2.0));
    const Polygon reversed(square.rbegin(), square.rend());
    CHECK(core::polygonArea(reversed) == Approx(2.0));
    const auto c = core::polygonCentroid(square);
    CHECK(c.x == Approx(1.0));
    CHECK(c.y == Approx(0.5));
    // Right triangle with legs 3 and 4: area 6, centroid at (1, 4/3).
    const Polygon tri{{0, 0}, {3, 0}, {0, 4}};
    CHECK(core::polygonArea(tri) == Approx(6.0));
    CHECK(core::polygonCentroid(tri).y == Approx(4.0 / 3.0));
}

TEST_CASE("distance to outline") {
    const Polygon square{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}};
    CHECK(core::distanceToOutline(square, {0.5, 0.5}) == Approx(0.5));
    CHECK(core::distanceToOutline(square, {0.5, 0.1}) == Approx(0.1));
    CHECK(core::distanceToOutline(square, {2.0, 0.5}) == Approx(1.0));
}

#include "base/map_viewport.hpp"

