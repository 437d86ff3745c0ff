// The zones of assets/zones.json as polygons, for GUI pixel tests that ask
// whether a changed pixel of the face map lies inside the zones it should.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gui_testing {

struct ZonePolygons {
    std::vector<std::vector<std::pair<double, double>>> polygons; // map units (0..1 of the map height)
    // Even-odd rule over every polygon: inside any one of them.
    [[nodiscard]] bool contains(double x, double y) const;
};

// Every polygon of the named zones.
[[nodiscard]] ZonePolygons zonePolygons(const std::vector<std::string>& ids);

} // namespace gui_testing
