// Builds coverage from pen samples: live while the trainee draws, and again in
// the debrief's replay. Both go through CoverageBuilder, one segment at a time,
// so the replay at the end of a record equals the live map exactly.
#pragma once

#include "terms/perform_record.hpp"
#include "perform/coverage_grid.hpp"

#include <cstdint>
#include <limits>

namespace core {

class CoverageBuilder {
public:
    CoverageBuilder(const ZoneMap& map, double headMm, double cellMm = 1.0);

    // The pen touches down: a new stroke and a new pass.
    void penDown(const PenSample& sample);
    // The pen moves: stamps the segment from the previous sample, starting a
    // new pass first where the pen turns back (see pen_path.hpp).
    void penMove(const PenSample& sample);
    // A whole stored stroke (penDown then penMove per sample).
    void addStroke(const PerformStroke& stroke);

    [[nodiscard]] const CoverageGrid& grid() const { return m_grid; }

private:
    const ZoneMap* m_map;
    double m_headMm;
    CoverageGrid m_grid;
    bool m_down = false;
    PenSample m_last{};
    glm::dvec2 m_lastDirectionMm{0.0, 0.0};
};

// The coverage after replaying a record up to `untilMs` since the session
// began: every segment whose end sample is at or before that moment (a
// stroke's first sample stamps the head's footprint where it touched down).
[[nodiscard]] CoverageGrid replayCoverage(const PerformRecord& record, const ZoneMap& map, double headMm,
                                          std::int64_t untilMs = std::numeric_limits<std::int64_t>::max(), double cellMm = 1.0);

} // namespace core
