// The coverage cells whose centres lie in a zone, and the cache a live view
// keeps between measures. Hit-testing every cell of a zone's box is most of
// what measuring a zone costs and depends only on the map and the grid's
// shape; a stroke's stray check depends only on the stroke, the map and the
// rules. So after each stroke a live view re-measures counts and checks the
// new stroke alone.
#pragma once

#include "perform/coverage_grid.hpp"
#include "perform/stray_terms.hpp"
#include "terms/perform_record.hpp"
#include "terms/zone_map.hpp"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct ZoneCell {
    int column = 0;
    int row = 0;
    glm::dvec2 centre{0.0, 0.0}; // map coordinates
};

// The cells of `grid`'s shape whose centre hit-tests to `zone` on its own
// picture, row by row, left to right.
[[nodiscard]] std::vector<ZoneCell> zoneCells(const Zone& zone, const CoverageGrid& grid, const ZoneMap& map);

class MeasureCache {
public:
    // What zoneCells gives, worked out the first time a zone is asked for on
    // this map and grid shape.
    [[nodiscard]] const std::vector<ZoneCell>& cellsOf(const Zone& zone, const CoverageGrid& grid, const ZoneMap& map);

    // The stray checks of an earlier measure: kept for the strokes that
    // still open the record unchanged, dropped when the map or rules differ.
    struct Strays {
        const ZoneMap* map = nullptr;
        StrayRules rules;
        std::vector<PerformStroke> strokes;
        std::vector<std::optional<StrayStroke>> strays; // one per stroke
    };
    // The kept checks, trimmed to what still holds for `record` on `map` under `rules`.
    [[nodiscard]] Strays& straysFor(const PerformRecord& record, const ZoneMap& map, const StrayRules& rules);

private:
    struct CellEntry {
        const ZoneMap* map = nullptr;
        std::string zone;
        int width = 0;
        int height = 0;
        double cellMm = 0.0;
        std::vector<ZoneCell> cells;
    };
    std::deque<CellEntry> m_cells; // a deque: the cells handed out stay put as zones are added
    Strays m_strays;
};

} // namespace core
