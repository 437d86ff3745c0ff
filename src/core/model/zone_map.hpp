// The face-map zone catalogue: ids, labels and polygons, loaded from
// assets/zones.json. Hit-testing lets no-go areas win over the zones around them.
#pragma once

#include "base/diagnostics.hpp"
#include "base/geometry.hpp"
#include "json/json_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

enum class Side { None, Left, Right };

struct Zone {
    std::string id;
    std::string label;
    std::string region; // scalp, face, neck, chest
    Side side = Side::None;
    bool noGo = false;
    std::vector<Polygon> polygons;

    [[nodiscard]] bool contains(glm::dvec2 point) const;
    [[nodiscard]] double area() const;
    [[nodiscard]] glm::dvec2 centroid() const; // of the largest polygon
};

class ZoneMap {
public:
    ZoneMap() = default;
    explicit ZoneMap(std::vector<Zone> zones, double aspect = 0.75);

    [[nodiscard]] const std::vector<Zone>& zones() const { return m_zones; }
    [[nodiscard]] const Zone* find(const std::string& id) const;
    [[nodiscard]] std::vector<std::string> ids() const;
    [[nodiscard]] std::vector<std::string> treatableIds() const;
    // The zone under a point: no-go zones first, then the rest; none outside.
    [[nodiscard]] const Zone* hitTest(glm::dvec2 point) const;
    // Width divided by height of the map canvas.
    [[nodiscard]] double aspect() const { return m_aspect; }

private:
    std::vector<Zone> m_zones;
    double m_aspect = 0.75;
};

// The zone ids every map must define (cases and profiles rely on them).
const std::vector<std::string>& requiredZoneIds();

ZoneMap readZoneMap(const Json& root, Diagnostics& diagnostics);

} // namespace core
