// Polygon maths used for hit-testing and validation of finding positions.
#include "base/geometry.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

bool pointInPolygon(const Polygon& polygon, glm::dvec2 p) {
    bool inside = false;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const glm::dvec2 a = polygon[i];
        const glm::dvec2 b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double xCross = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x;
            if (p.x < xCross) inside = !inside;
        }
    }
    return inside;
}

double polygonArea(const Polygon& polygon) {
    double twice = 0.0;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        twice += polygon[j].x * polygon[i].y - polygon[i].x * polygon[j].y;
    }
    return std::abs(twice) * 0.5;
}

glm::dvec2 polygonCentroid(const Polygon& polygon) {
    double twice = 0.0;
    glm::dvec2 sum{0.0};
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double cross = polygon[j].x * polygon[i].y - polygon[i].x * polygon[j].y;
        twice += cross;
        sum += (polygon[j] + polygon[i]) * cross;
    }
    if (std::abs(twice) < 1e-12) {
        glm::dvec2 mean{0.0};
        for (const auto& v : polygon) mean += v;
        return n > 0 ? mean / static_cast<double>(n) : mean;
    }
    return sum / (3.0 * twice);
}

double distanceToOutline(const Polygon& polygon, glm::dvec2 p) {
    double best = std::numeric_limits<double>::infinity();
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const glm::dvec2 a = polygon[j];
        const glm::dvec2 ab = polygon[i] - a;
        const double len2 = glm::dot(ab, ab);
        const double t = len2 > 0.0 ? std::clamp(glm::dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, glm::length(p - (a + ab * t)));
    }
    return best;
}

} // namespace core
