// Even-odd scanline fill at pixel centres, per polygon.
#include "terms/zone_raster.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

void fillPolygon(std::vector<std::uint8_t>& mask, int width, int height, const Polygon& polygon, std::uint8_t value) {
    std::vector<double> crossings;
    const std::size_t n = polygon.size();
    for (int row = 0; row < height; ++row) {
        const double y = (row + 0.5) / height;
        crossings.clear();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const glm::dvec2 a = polygon[i];
            const glm::dvec2 b = polygon[j];
            if ((a.y > y) != (b.y > y)) crossings.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
        }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
            // Pixel centres x = (col + 0.5) / width inside [left, right).
            const int from = std::max(0, static_cast<int>(std::ceil(crossings[k] * width - 0.5)));
            const int to = std::min(width - 1, static_cast<int>(std::ceil(crossings[k + 1] * width - 0.5)) - 1);
            for (int col = from; col <= to; ++col) mask[static_cast<std::size_t>(row) * static_cast<std::size_t>(width) + static_cast<std::size_t>(col)] = value;
        }
    }
}

} // namespace

std::vector<std::uint8_t> rasteriseZones(const ZoneMap& map, int width, int height, MapView view) {
    std::vector<std::uint8_t> mask(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < map.zones().size() && i < 254; ++i) {
            const Zone& z = map.zones()[i];
            if (z.view != view || z.noGo != (pass == 1)) continue;
            for (const auto& polygon : z.polygons) fillPolygon(mask, width, height, polygon, static_cast<std::uint8_t>(i + 1));
        }
    }
    return mask;
}

} // namespace core
