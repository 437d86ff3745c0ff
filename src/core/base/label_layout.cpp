// Label placement without overlaps (see label_layout.hpp).
#include "base/label_layout.hpp"

#include <algorithm>
#include <array>

namespace core {
namespace label_layout_detail {

bool inside(const LabelRect& box, const LabelRect& bounds) {
    const bool unbounded = bounds.max.x <= bounds.min.x || bounds.max.y <= bounds.min.y;
    return unbounded || (box.min.x >= bounds.min.x && box.min.y >= bounds.min.y && box.max.x <= bounds.max.x && box.max.y <= bounds.max.y);
}

glm::dvec2 nearestPoint(const LabelRect& box, glm::dvec2 p) {
    return {std::clamp(p.x, box.min.x, box.max.x), std::clamp(p.y, box.min.y, box.max.y)};
}

} // namespace label_layout_detail

std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& labels, const std::vector<LabelRect>& obstacles, const LabelRect& bounds,
                                     const LabelLayoutOptions& options) {
    using namespace label_layout_detail;
    std::vector<LabelRect> taken = obstacles;
    std::vector<PlacedLabel> out;
    out.reserve(labels.size());
    // Directions of one ring: below, above, right, left, then the diagonals.
    static constexpr std::array<std::array<int, 2>, 8> kDirections{{{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}}};
    for (const auto& request : labels) {
        const glm::dvec2 half = request.size * 0.5;
        const glm::dvec2 step{request.size.x + options.gap, request.size.y + options.gap};
        const auto boxAt = [&](glm::dvec2 centre) { return LabelRect{centre - half, centre + half}; };
        const auto free = [&](const LabelRect& box) {
            return inside(box, bounds) && std::none_of(taken.begin(), taken.end(), [&](const LabelRect& t) { return t.overlaps(box); });
        };
        PlacedLabel placed;
        if (const LabelRect centred = boxAt(request.anchor); free(centred)) {
            placed = {centred, true, false, request.anchor};
        }
        for (int ring = 1; !placed.shown && ring <= options.rings; ++ring) {
            for (const auto& d : kDirections) {
                const glm::dvec2 offset{d[0] * ring * step.x, d[1] * ring * step.y};
                const LabelRect box = boxAt(request.anchor + offset);
                if (!free(box)) continue;
                placed = {box, true, true, nearestPoint(box, request.anchor)};
                break;
            }
        }
        if (placed.shown) taken.push_back(placed.box);
        out.push_back(placed);
    }
    return out;
}

} // namespace core
