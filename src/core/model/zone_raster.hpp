// Rasterises the zone polygons into a zone-id mask (one byte a pixel), so the
// renderer's highlights come from the same geometry that core hit-tests.
#pragma once

#include "model/zone_map.hpp"

#include <cstdint>
#include <vector>

namespace core {

// Pixel value 0 is outside every zone; zone i of the map is value i + 1.
// No-go zones are drawn last, so they win where they overlap (as in hitTest).
// Rows run top-down, matching the map's y-down coordinates.
std::vector<std::uint8_t> rasteriseZones(const ZoneMap& map, int width, int height);

} // namespace core
