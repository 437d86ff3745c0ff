// Pen path geometry on the face in mm: sweeps (a stroke splits where the pen
// turns back), their direction class (vertical, horizontal, oblique) and
// stamping versus gliding.
#pragma once

#include "terms/perform_record.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"

#include <cstddef>
#include <vector>

namespace core {

// A sweep: samples [first, last] of one stroke moving one way. A stroke splits
// into a new sweep where a segment turns more than 90 degrees from the one
// before (the pen going back over the same line is another pass).
struct Sweep {
    std::size_t first = 0;
    std::size_t last = 0;
};

[[nodiscard]] std::vector<Sweep> sweepsOf(const PerformStroke& stroke, const ZoneMap& map);

// The direction of the line from a sweep's first to its last sample on the
// face (in mm, so the canvas aspect does not bend angles): within 22.5 degrees
// of horizontal is horizontal, within 22.5 degrees of vertical is vertical,
// between is oblique.
[[nodiscard]] Pattern sweepDirection(const PerformStroke& stroke, const Sweep& sweep, const ZoneMap& map);

// Length of the stroke's path in mm (sum of its segments).
[[nodiscard]] double pathLengthMm(const PerformStroke& stroke, const ZoneMap& map);

// A stamp: the pen pressed and lifted with a path shorter than its head's
// diameter. Anything longer glides.
[[nodiscard]] bool isStamp(const PerformStroke& stroke, const ZoneMap& map, double headMm);

} // namespace core
