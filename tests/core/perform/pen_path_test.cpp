// Stroke directions on the face (in mm, so the canvas aspect counts), sweeps and stamps.
#include "perform/pen_path.hpp"

#include "terms/zone_map.hpp"

#include <catch2/catch.hpp>

namespace pen_path_fixture {

core::PerformStroke penLine(std::vector<glm::dvec2> points) {
    core::PerformStroke s;
    std::int32_t t = 0;
    for (auto p : points) {
        s.samples.push_back(core::PenSample::at(p, t));
        t += 500;
    }
    return s;
}

} // namespace pen_path_fixture

using namespace pen_path_fixture;

TEST_CASE("a stroke is classed by its angle in mm on the face") {
    // The face canvas: aspect 0.75, 480 mm high, so 360 mm wide.
    const core::ZoneMap map({}, 0.75, 480.0);
    auto direction = [&](glm::dvec2 a, glm::dvec2 b) {
        const auto s = penLine({a, b});
        return core::sweepDirection(s, core::Sweep{0, 1}, map);
    };
    // (0.1, 0.1) on the map: 36 mm across, 48 mm down: atan(48 / 36) = 53.1 degrees: oblique
    // (a square on the map is not square on the face).
    CHECK(direction({0.4, 0.4}, {0.5, 0.5}) == core::Pattern::Oblique);
    // (0.1, 0.3): 36 mm across, 144 down: 76.0 degrees: vertical.
    CHECK(direction({0.4, 0.2}, {0.5, 0.5}) == core::Pattern::Vertical);
    // (0.2, 0.05): 72 mm across, 24 down: 18.4 degrees: horizontal.
    CHECK(direction({0.3, 0.4}, {0.5, 0.45}) == core::Pattern::Horizontal);
    // (0.1, -0.05): 36 across, 24 up: 33.7 degrees: oblique (up or down is the same class).
    CHECK(direction({0.3, 0.4}, {0.4, 0.35}) == core::Pattern::Oblique);
}

TEST_CASE("a stroke that turns back is two sweeps and a short one is a stamp") {
    const core::ZoneMap map({}, 1.0, 100.0);
    // Right 40 mm, then back left 40 mm: the turn at sample 1 starts a new sweep.
    const auto zigzag = penLine({{0.2, 0.3}, {0.6, 0.3}, {0.2, 0.3}});
    const auto sweeps = core::sweepsOf(zigzag, map);
    REQUIRE(sweeps.size() == 2);
    CHECK(sweeps[0].first == 0);
    CHECK(sweeps[0].last == 1);
    CHECK(sweeps[1].first == 1);
    CHECK(sweeps[1].last == 2);
    CHECK(core::pathLengthMm(zigzag, map) == Approx(80.0));
    // 3 mm of path under a 4 mm head is a stamp; 5 mm glides.
    CHECK(core::isStamp(penLine({{0.5, 0.5}, {0.53, 0.5}}), map, 4.0));
    CHECK_FALSE(core::isStamp(penLine({{0.5, 0.5}, {0.55, 0.5}}), map, 4.0));
}
