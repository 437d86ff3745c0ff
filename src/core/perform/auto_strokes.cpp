// Raster strokes over a zone in one direction, clipped to the zone.
#include "perform/auto_strokes.hpp"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace auto_strokes_detail {

struct Box { glm::dvec2 lo{std::numeric_limits<double>::max()}; glm::dvec2 hi{std::numeric_limits<double>::lowest()}; };

// The zone's bounding box in mm.
Box boxMm(const ZoneMap& map, const Zone& zone) {
    Box box;
    for (const auto& polygon : zone.polygons) {
        for (const auto& p : polygon) {
            const glm::dvec2 mm = map.toMm(p);
            box.lo = glm::min(box.lo, mm);
            box.hi = glm::max(box.hi, mm);
        }
    }
    return box;
}

// The runs of a lane (from `start` along unit `dir` for `length` mm) whose
// points lie in the zone, probed every 0.5 mm; each run as its two ends in mm.
std::vector<std::pair<glm::dvec2, glm::dvec2>> insideRuns(const ZoneMap& map, const Zone& zone, glm::dvec2 start, glm::dvec2 dir, double length) {
    std::vector<std::pair<glm::dvec2, glm::dvec2>> runs;
    bool inside = false;
    glm::dvec2 runStart{};
    glm::dvec2 previous{};
    for (double s = 0.0; s <= length + 1e-9; s += 0.5) {
        const glm::dvec2 mm = start + dir * s;
        const Zone* hit = map.hitTest(map.fromMm(mm), zone.view);
        const bool in = hit && hit->id == zone.id;
        if (in && !inside) runStart = mm;
        if (!in && inside) runs.emplace_back(runStart, previous);
        inside = in;
        previous = mm;
    }
    if (inside) runs.emplace_back(runStart, previous);
    return runs;
}

} // namespace auto_strokes_detail

std::vector<PerformStroke> autoStrokes(const ZoneMap& map, const std::string& zoneId, Pattern pattern, int passes,
                                       const AutoStrokeSettings& settings) {
    using namespace auto_strokes_detail;
    std::vector<PerformStroke> strokes;
    const Zone* zone = map.find(zoneId);
    if (!zone || passes < 1 || settings.headMm <= 0.0 || settings.speedMmS <= 0.0) return strokes;
    const Box box = boxMm(map, *zone);
    // Lanes run along `dir` and are stepped one head apart along `across`.
    glm::dvec2 dir{0.0, 1.0};
    glm::dvec2 across{1.0, 0.0};
    if (pattern == Pattern::Horizontal) std::swap(dir, across);
    if (pattern == Pattern::Oblique) {
        dir = glm::dvec2{1.0, 1.0} / std::sqrt(2.0);   // down and to the right on the face
        across = glm::dvec2{1.0, -1.0} / std::sqrt(2.0);
    }
    // Project the box's corners to find the lanes' span.
    const glm::dvec2 corners[4] = {box.lo, {box.hi.x, box.lo.y}, {box.lo.x, box.hi.y}, box.hi};
    double acrossLo = std::numeric_limits<double>::max(), acrossHi = std::numeric_limits<double>::lowest();
    double alongLo = std::numeric_limits<double>::max(), alongHi = std::numeric_limits<double>::lowest();
    for (const auto& c : corners) {
        acrossLo = std::min(acrossLo, glm::dot(c, across));
        acrossHi = std::max(acrossHi, glm::dot(c, across));
        alongLo = std::min(alongLo, glm::dot(c, dir));
        alongHi = std::max(alongHi, glm::dot(c, dir));
    }
    std::int64_t clock = settings.startMs;
    for (int pass = 0; pass < passes; ++pass) {
        for (double a = acrossLo + settings.headMm / 2.0; a < acrossHi; a += settings.headMm) {
            const glm::dvec2 start = across * a + dir * alongLo;
            for (const auto& [runFrom, runTo] : insideRuns(map, *zone, start, dir, alongHi - alongLo)) {
                // Pull both ends 0.1 mm inside, so storing samples to 1/10000 of the canvas
                // (under 0.05 mm) never moves an end across the zone's edge.
                const glm::dvec2 from = runFrom + dir * 0.1;
                const glm::dvec2 to = runTo - dir * 0.1;
                const double length = glm::length(to - from);
                // Runs shorter than the head would be stamps; the lanes beside them reach their cells.
                if (length < settings.headMm) continue;
                PerformStroke stroke;
                stroke.zone = zoneId;
                stroke.startMs = clock;
                const double durationMs = length / settings.speedMmS * 1000.0;
                const int steps = std::max(1, static_cast<int>(std::ceil(durationMs / settings.sampleEveryMs)));
                for (int i = 0; i <= steps; ++i) {
                    const double share = static_cast<double>(i) / steps;
                    stroke.samples.push_back(PenSample::at(map.fromMm(from + (to - from) * share),
                                                           static_cast<std::int32_t>(std::lround(share * durationMs))));
                }
                clock = stroke.endMs() + settings.gapMs;
                strokes.push_back(std::move(stroke));
            }
        }
    }
    return strokes;
}

} // namespace core
