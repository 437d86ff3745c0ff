// Which coverage cells lie in a zone, and what a live view keeps between measures.
#include "perform/measure_cache.hpp"

#include <algorithm>
#include <cmath>

namespace core {

std::vector<ZoneCell> zoneCells(const Zone& zone, const CoverageGrid& grid, const ZoneMap& map) {
    // Only the cells under the zone's bounding box can lie in it.
    glm::dvec2 lo{1.0, 1.0}, hi{0.0, 0.0};
    for (const auto& polygon : zone.polygons) {
        for (const auto& p : polygon) {
            lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
            hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
        }
    }
    const double cellsPerUnitX = map.widthMm() / grid.cellMm();
    const double cellsPerUnitY = map.heightMm() / grid.cellMm();
    const int c0 = std::max(0, static_cast<int>(std::floor(lo.x * cellsPerUnitX)));
    const int c1 = std::min(grid.width() - 1, static_cast<int>(std::ceil(hi.x * cellsPerUnitX)));
    const int r0 = std::max(0, static_cast<int>(std::floor(lo.y * cellsPerUnitY)));
    const int r1 = std::min(grid.height() - 1, static_cast<int>(std::ceil(hi.y * cellsPerUnitY)));
    std::vector<ZoneCell> cells;
    for (int row = r0; row <= r1; ++row) {
        for (int col = c0; col <= c1; ++col) {
            const glm::dvec2 centre = grid.cellCentre(col, row);
            const Zone* hit = map.hitTest(centre, zone.view);
            if (hit && hit->id == zone.id) cells.push_back({col, row, centre});
        }
    }
    return cells;
}

const std::vector<ZoneCell>& MeasureCache::cellsOf(const Zone& zone, const CoverageGrid& grid, const ZoneMap& map) {
    const auto it = std::find_if(m_cells.begin(), m_cells.end(), [&](const CellEntry& e) {
        return e.map == &map && e.zone == zone.id && e.width == grid.width() && e.height == grid.height() && e.cellMm == grid.cellMm();
    });
    if (it != m_cells.end()) return it->cells;
    m_cells.push_back({&map, zone.id, grid.width(), grid.height(), grid.cellMm(), zoneCells(zone, grid, map)});
    return m_cells.back().cells;
}

MeasureCache::Strays& MeasureCache::straysFor(const PerformRecord& record, const ZoneMap& map, const StrayRules& rules) {
    if (m_strays.map != &map || !(m_strays.rules == rules)) m_strays = Strays{&map, rules, {}, {}};
    std::size_t same = 0;
    while (same < m_strays.strokes.size() && same < record.strokes.size() && m_strays.strokes[same] == record.strokes[same]) ++same;
    m_strays.strokes.resize(same);
    m_strays.strays.resize(same);
    return m_strays;
}

} // namespace core
