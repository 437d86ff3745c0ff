// The coverage grid: the footprint stamped along a segment, counted once per pass.
#include "perform/coverage_grid.hpp"

#include "perform_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace coverage_grid_fixture {

int cellsAtLeast(const core::CoverageGrid& grid, int n) {
    return static_cast<int>(std::count_if(grid.counts().begin(), grid.counts().end(), [n](auto c) { return c >= n; }));
}

} // namespace coverage_grid_fixture

using namespace coverage_grid_fixture;

TEST_CASE("a segment marks every cell within half a head of it") {
    const core::ZoneMap map = perform_fixtures::rectMap(perform_fixtures::goldenStrokes());
    core::CoverageGrid grid(map);
    REQUIRE(grid.width() == 100); // 100 mm canvas, 1 mm cells
    REQUIRE(grid.height() == 100);
    grid.beginPass();
    grid.stampSegment({0.2, 0.3}, {0.6, 0.3}, 4.0);
    // By hand (head 4 mm, radius 2): along x 20..60 mm the rows with centres
    // 28.5, 29.5, 30.5, 31.5 (within 2 mm of y 30): 40 columns x 4 = 160.
    // End caps: column 19.5 and 60.5 (0.5 mm past): dy <= sqrt(4 - 0.25) = 1.94: 4 rows each;
    // column 18.5 and 61.5 (1.5 past): dy <= sqrt(4 - 2.25) = 1.32: rows 29.5, 30.5 each.
    // 160 + 2 x (4 + 2) = 172 cells, each counted once.
    CHECK(cellsAtLeast(grid, 1) == 172);
    CHECK(grid.highestCount() == 1);
    CHECK(grid.count(20, 28) == 1);
    CHECK(grid.count(20, 27) == 0); // centre y 27.5: 2.5 mm away
    CHECK(grid.count(17, 30) == 0); // centre x 17.5: 2.5 mm before the start
}

TEST_CASE("one pass counts a cell once however many of its segments touch it") {
    const core::ZoneMap map = perform_fixtures::rectMap(perform_fixtures::goldenStrokes());
    core::CoverageGrid grid(map);
    grid.beginPass();
    grid.stampSegment({0.2, 0.3}, {0.4, 0.3}, 4.0);
    grid.stampSegment({0.4, 0.3}, {0.6, 0.3}, 4.0); // the joint at x 40 is touched twice
    CHECK(grid.highestCount() == 1);
    CHECK(cellsAtLeast(grid, 1) == 172); // the same cells as one 20..60 segment
    grid.beginPass();
    grid.stampSegment({0.6, 0.3}, {0.2, 0.3}, 4.0);
    CHECK(grid.highestCount() == 2);
    CHECK(cellsAtLeast(grid, 2) == 172);
}
