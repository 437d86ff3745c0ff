// The coverage grid: how many times the pen head has passed over each small
// square of skin, across the whole face canvas. It is what the face shader
// reddens, what the heat map shows and what the zone measures count.
#pragma once

#include "terms/zone_map.hpp"

#include <glm/vec2.hpp>

#include <cstdint>
#include <vector>

namespace core {

class CoverageGrid {
public:
    // One cell per `cellMm` square of the canvas (1 mm: 360 x 480 cells on the
    // default face canvas), all counts zero.
    explicit CoverageGrid(const ZoneMap& map, double cellMm = 1.0);

    // Starts a new pass: from now on a cell counts once more at most, however
    // many segments of this pass touch it (segments of one sweep overlap at
    // their joints and must not count twice).
    void beginPass();
    // Marks every cell whose centre lies within headMm / 2 of the segment from
    // `from` to `to` (map coordinates) once for the current pass.
    void stampSegment(glm::dvec2 from, glm::dvec2 to, double headMm);

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] double cellMm() const { return m_cellMm; }
    // Row-major counts, row 0 at the top of the canvas (for a texture upload).
    [[nodiscard]] const std::vector<std::uint16_t>& counts() const { return m_counts; }
    [[nodiscard]] int count(int column, int row) const { return m_counts[static_cast<std::size_t>(row) * m_width + column]; }
    // The map point at the centre of a cell.
    [[nodiscard]] glm::dvec2 cellCentre(int column, int row) const;
    [[nodiscard]] int highestCount() const;

    // Same size and the same counts (the replay's promise).
    [[nodiscard]] bool sameCoverage(const CoverageGrid& other) const;

private:
    double m_cellMm = 1.0;
    double m_widthMm = 0.0;
    double m_heightMm = 0.0;
    int m_width = 0;
    int m_height = 0;
    std::uint32_t m_pass = 0;
    std::vector<std::uint16_t> m_counts;
    std::vector<std::uint32_t> m_lastPass; // the pass that last counted each cell
};

} // namespace core
