// Label placement: hand-worked layouts of a few boxes (sizes in pixels).
#include "base/label_layout.hpp"

#include <catch2/catch.hpp>

using core::LabelRect;
using core::LabelRequest;

namespace {
const LabelRect kNoBounds{};
}

TEST_CASE("a lone label sits centred on its anchor, unmoved") {
    // 40x10 at (100, 50): box (80, 45)-(120, 55).
    const auto placed = core::placeLabels({{{100.0, 50.0}, {40.0, 10.0}}}, {}, kNoBounds);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].shown);
    CHECK_FALSE(placed[0].moved);
    CHECK(placed[0].box.min == glm::dvec2(80.0, 45.0));
    CHECK(placed[0].box.max == glm::dvec2(120.0, 55.0));
}

TEST_CASE("two labels on one anchor: the second moves one step down with a leader") {
    // Step down = height 10 + gap 2 = 12: the second's centre (100, 62), box (80, 57)-(120, 67),
    // clear of the first's (80, 45)-(120, 55). Its nearest point to the anchor: (100, 57).
    const auto placed = core::placeLabels({{{100.0, 50.0}, {40.0, 10.0}}, {{100.0, 50.0}, {40.0, 10.0}}}, {}, kNoBounds);
    REQUIRE(placed.size() == 2);
    CHECK(placed[1].shown);
    CHECK(placed[1].moved);
    CHECK(placed[1].box.min == glm::dvec2(80.0, 57.0));
    CHECK(placed[1].leaderEnd == glm::dvec2(100.0, 57.0));
    CHECK_FALSE(placed[0].box.overlaps(placed[1].box));
}

TEST_CASE("an obstacle (a finding's marker) pushes the label off it, upward when below is out of bounds") {
    // Marker (90, 40)-(110, 60) over the anchor (100, 50). Bounds (0, 0)-(200, 62).
    // Centred (80, 45)-(120, 55) hits the marker; below (80, 57)-(120, 67) leaves the bounds;
    // above: centre (100, 38), box (80, 33)-(120, 43) overlaps the marker (y 40..43);
    // right: centre (142, 50), box (122, 45)-(162, 55) is free.
    const std::vector<LabelRect> marker{{{90.0, 40.0}, {110.0, 60.0}}};
    const auto placed = core::placeLabels({{{100.0, 50.0}, {40.0, 10.0}}}, marker, {{0.0, 0.0}, {200.0, 62.0}});
    REQUIRE(placed[0].shown);
    CHECK(placed[0].moved);
    CHECK(placed[0].box.min == glm::dvec2(122.0, 45.0));
    CHECK(placed[0].leaderEnd == glm::dvec2(122.0, 50.0));
}

TEST_CASE("a label with no free place within its rings is left out, never drawn over another") {
    // Bounds exactly one label big, already taken by an obstacle: nothing fits.
    const auto placed = core::placeLabels({{{20.0, 5.0}, {40.0, 10.0}}}, {{{0.0, 0.0}, {40.0, 10.0}}}, {{0.0, 0.0}, {40.0, 10.0}});
    CHECK_FALSE(placed[0].shown);
}

TEST_CASE("the same labels give the same layout, and no two shown labels overlap") {
    std::vector<LabelRequest> many;
    for (int i = 0; i < 12; ++i) many.push_back({{100.0 + (i % 3) * 5.0, 100.0 + (i % 2) * 4.0}, {50.0 + i, 12.0}});
    const auto a = core::placeLabels(many, {}, {{0.0, 0.0}, {400.0, 300.0}});
    const auto b = core::placeLabels(many, {}, {{0.0, 0.0}, {400.0, 300.0}});
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].box.min == b[i].box.min);
        CHECK(a[i].shown);
        for (std::size_t j = 0; j < i; ++j) CHECK_FALSE(a[i].box.overlaps(a[j].box));
    }
}

TEST_CASE("touching boxes do not overlap") {
    CHECK_FALSE(LabelRect{{0, 0}, {10, 10}}.overlaps({{10, 0}, {20, 10}}));
    CHECK(LabelRect{{0, 0}, {10, 10}}.overlaps({{9, 9}, {20, 20}}));
}
