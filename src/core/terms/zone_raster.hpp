// Rasterises the zone polygons into a zone-id mask (one byte a pixel), so the
// renderer's highlights come from the same geometry that core hit-tests.
#pragma once

#include "terms/zone_map.hpp"

#include <cstdint>
#include <vector>

namespace core {

// The mask of one view: pixel value 0 is outside every zone of that view; zone
// i of the map is value i + 1 (so ids stay the map's indices on every view).
// No-go zones are drawn last, so they win where they overlap (as in hitTest).
// Rows run top-down, matching the map's y-down coordinates.
std::vector<std::uint8_t> rasteriseZones(const ZoneMap& map, int width, int height, MapView view = MapView::Face);

} // namespace core
