// The zones of assets/zones.json as polygons (see zone_polygons.hpp).
#include "zone_polygons.hpp"

#include "gui_test_support.hpp"

#include <algorithm>

namespace gui_testing {

bool ZonePolygons::contains(double x, double y) const {
    for (const auto& poly : polygons) {
        bool in = false;
        for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const auto [xi, yi] = poly[i];
            const auto [xj, yj] = poly[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
        }
        if (in) return true;
    }
    return false;
}

ZonePolygons zonePolygons(const std::vector<std::string>& ids) {
    const auto zones = nlohmann::json::parse(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    ZonePolygons out;
    for (const auto& entry : zones["zones"]) {
        if (std::find(ids.begin(), ids.end(), entry["id"].get<std::string>()) == ids.end()) continue;
        for (const auto& poly : entry["polygons"]) {
            std::vector<std::pair<double, double>> points;
            for (const auto& p : poly) points.emplace_back(p[0].get<double>(), p[1].get<double>());
            out.polygons.push_back(std::move(points));
        }
    }
    return out;
}

} // namespace gui_testing
