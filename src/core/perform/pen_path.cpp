// Sweeps, directions, path length and stamps of a stroke, measured in mm.
#include "perform/pen_path.hpp"

#include <cmath>
#include <numbers>

namespace core {

namespace pen_path_detail {
glm::dvec2 mmAt(const ZoneMap& map, const PenSample& s) { return map.toMm(s.mapPoint()); }
} // namespace pen_path_detail

std::vector<Sweep> sweepsOf(const PerformStroke& stroke, const ZoneMap& map) {
    using pen_path_detail::mmAt;
    std::vector<Sweep> sweeps;
    if (stroke.samples.empty()) return sweeps;
    Sweep current{0, 0};
    glm::dvec2 lastDirection{0.0, 0.0};
    for (std::size_t i = 1; i < stroke.samples.size(); ++i) {
        const glm::dvec2 d = mmAt(map, stroke.samples[i]) - mmAt(map, stroke.samples[i - 1]);
        if (d.x == 0.0 && d.y == 0.0) {
            current.last = i;
            continue;
        }
        // Turning back (more than 90 degrees) starts a new sweep at the turning sample.
        if (lastDirection.x * d.x + lastDirection.y * d.y < 0.0) {
            sweeps.push_back(current);
            current = Sweep{i - 1, i};
        } else {
            current.last = i;
        }
        lastDirection = d;
    }
    sweeps.push_back(current);
    return sweeps;
}

Pattern sweepDirection(const PerformStroke& stroke, const Sweep& sweep, const ZoneMap& map) {
    using pen_path_detail::mmAt;
    const glm::dvec2 d = mmAt(map, stroke.samples[sweep.last]) - mmAt(map, stroke.samples[sweep.first]);
    const double degrees = std::atan2(std::abs(d.y), std::abs(d.x)) * 180.0 / std::numbers::pi; // 0 = horizontal
    if (degrees <= 22.5) return Pattern::Horizontal;
    if (degrees >= 67.5) return Pattern::Vertical;
    return Pattern::Oblique;
}

double pathLengthMm(const PerformStroke& stroke, const ZoneMap& map) {
    using pen_path_detail::mmAt;
    double length = 0.0;
    for (std::size_t i = 1; i < stroke.samples.size(); ++i) {
        const glm::dvec2 d = mmAt(map, stroke.samples[i]) - mmAt(map, stroke.samples[i - 1]);
        length += std::sqrt(d.x * d.x + d.y * d.y);
    }
    return length;
}

bool isStamp(const PerformStroke& stroke, const ZoneMap& map, double headMm) { return pathLengthMm(stroke, map) < headMm; }

} // namespace core
