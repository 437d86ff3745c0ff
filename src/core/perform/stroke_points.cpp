// Strokes at a steady speed through given points.
#include "perform/stroke_points.hpp"

#include "terms/zone_map.hpp"

#include <cmath>

namespace core {

PerformStroke strokeThrough(const ZoneMap& map, const std::string& zone, const std::vector<glm::dvec2>& points,
                            std::int32_t durationMs, std::int64_t startMs) {
    PerformStroke stroke;
    stroke.zone = zone;
    stroke.startMs = startMs;
    if (points.empty()) return stroke;
    if (points.size() == 1) { // a stamp: down and up in place
        stroke.samples = {PenSample::at(points[0], 0), PenSample::at(points[0], durationMs)};
        return stroke;
    }
    std::vector<double> along{0.0};
    for (std::size_t i = 1; i < points.size(); ++i) {
        const glm::dvec2 d = map.toMm(points[i]) - map.toMm(points[i - 1]);
        along.push_back(along.back() + std::sqrt(d.x * d.x + d.y * d.y));
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double share = along.back() > 0.0 ? along[i] / along.back() : static_cast<double>(i) / static_cast<double>(points.size() - 1);
        stroke.samples.push_back(PenSample::at(points[i], static_cast<std::int32_t>(std::lround(share * durationMs))));
    }
    return stroke;
}

} // namespace core
