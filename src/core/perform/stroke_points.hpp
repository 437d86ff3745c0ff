// A stroke from a few points and a duration (the `stroke` script word and
// tests): the pen moves at one steady speed along the polyline.
#pragma once

#include "terms/perform_record.hpp"

#include <glm/vec2.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace core {
class ZoneMap;

// One sample per point, timed in proportion to the distance travelled on the
// face (mm), the last at `durationMs`. A single point is a stamp held for the
// duration. Points are map coordinates (0..1).
[[nodiscard]] PerformStroke strokeThrough(const ZoneMap& map, const std::string& zone, const std::vector<glm::dvec2>& points,
                                          std::int32_t durationMs, std::int64_t startMs);

} // namespace core
