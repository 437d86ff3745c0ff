// Placing text labels on a picture so that none overlap: each label goes as
// near its anchor as it can, clear of the other labels and of obstacles (map
// markers, corner tags), inside the picture; a label moved off its anchor gets
// a leader line. Pixels in, pixels out; the same input always gives the same layout.
#pragma once

#include <glm/vec2.hpp>

#include <vector>

namespace core {

struct LabelRect {
    glm::dvec2 min{0.0};
    glm::dvec2 max{0.0};
    [[nodiscard]] bool overlaps(const LabelRect& other) const {
        return min.x < other.max.x && other.min.x < max.x && min.y < other.max.y && other.min.y < max.y;
    }
};

struct LabelRequest {
    glm::dvec2 anchor{0.0}; // where the label belongs (a zone's centre)
    glm::dvec2 size{0.0};   // the label's box, padding included
};

struct PlacedLabel {
    LabelRect box;
    bool shown = false;  // false: no free place was found, so the label is left out rather than drawn over another
    bool moved = false;  // off its anchor: draw a leader line from the anchor to `leaderEnd`
    glm::dvec2 leaderEnd{0.0}; // the point of the box nearest the anchor
};

struct LabelLayoutOptions {
    double gap = 2.0; // pixels kept free between neighbours
    int rings = 8;    // how far out (in label steps) a label may move
};

// Labels are placed in the order given (put the important ones first). A
// label tries its centred spot, then rings of candidate spots at 1, 2, ...
// steps (a step: its height plus the gap up or down, its width plus the gap
// sideways), in the order below, above, right, left, then the four diagonals.
// `bounds` with zero area means no bounds.
[[nodiscard]] std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& labels, const std::vector<LabelRect>& obstacles,
                                                   const LabelRect& bounds, const LabelLayoutOptions& options = {});

} // namespace core
