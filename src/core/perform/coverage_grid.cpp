// The coverage grid's cells and the footprint stamp along a segment.
#include "perform/coverage_grid.hpp"

#include <algorithm>
#include <cmath>

namespace core {

CoverageGrid::CoverageGrid(const ZoneMap& map, double cellMm)
    : m_cellMm(cellMm), m_widthMm(map.widthMm()), m_heightMm(map.heightMm()),
      m_width(std::max(1, static_cast<int>(std::ceil(map.widthMm() / cellMm)))),
      m_height(std::max(1, static_cast<int>(std::ceil(map.heightMm() / cellMm)))),
      m_counts(static_cast<std::size_t>(m_width) * m_height, 0), m_lastPass(m_counts.size(), 0) {}

void CoverageGrid::beginPass() { ++m_pass; }

glm::dvec2 CoverageGrid::cellCentre(int column, int row) const {
    return {(column + 0.5) * m_cellMm / m_widthMm, (row + 0.5) * m_cellMm / m_heightMm};
}

void CoverageGrid::stampSegment(glm::dvec2 from, glm::dvec2 to, double headMm) {
    if (m_pass == 0) beginPass(); // a stamp outside any pass still counts once
    // Work in cell units: the segment's ends and the head's radius.
    const glm::dvec2 a{from.x * m_widthMm / m_cellMm, from.y * m_heightMm / m_cellMm};
    const glm::dvec2 b{to.x * m_widthMm / m_cellMm, to.y * m_heightMm / m_cellMm};
    const double r = headMm / 2.0 / m_cellMm;
    const double r2 = r * r;
    const int c0 = std::max(0, static_cast<int>(std::floor(std::min(a.x, b.x) - r)));
    const int c1 = std::min(m_width - 1, static_cast<int>(std::ceil(std::max(a.x, b.x) + r)));
    const int r0 = std::max(0, static_cast<int>(std::floor(std::min(a.y, b.y) - r)));
    const int r1 = std::min(m_height - 1, static_cast<int>(std::ceil(std::max(a.y, b.y) + r)));
    const glm::dvec2 ab = b - a;
    const double len2 = ab.x * ab.x + ab.y * ab.y;
    for (int row = r0; row <= r1; ++row) {
        const double py = row + 0.5;
        for (int col = c0; col <= c1; ++col) {
            const glm::dvec2 p{col + 0.5, py};
            double t = len2 > 0.0 ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2 : 0.0;
            t = std::clamp(t, 0.0, 1.0);
            const double dx = p.x - (a.x + t * ab.x);
            const double dy = p.y - (a.y + t * ab.y);
            if (dx * dx + dy * dy > r2) continue;
            const std::size_t i = static_cast<std::size_t>(row) * m_width + col;
            if (m_lastPass[i] == m_pass) continue;
            m_lastPass[i] = m_pass;
            if (m_counts[i] < 0xFFFF) ++m_counts[i];
        }
    }
}

int CoverageGrid::highestCount() const {
    return m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
}

bool CoverageGrid::sameCoverage(const CoverageGrid& other) const {
    return m_width == other.m_width && m_height == other.m_height && m_counts == other.m_counts;
}

} // namespace core
