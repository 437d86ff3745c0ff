// The map zone catalogue: ids, labels, polygons and the view (face or body
// picture) each lies on, loaded from assets/zones.json. Hit-testing looks at one
// view and lets no-go areas win over the zones around them.
#pragma once

#include "base/diagnostics.hpp"
#include "base/geometry.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

enum class Side { None, Left, Right };

// The picture a zone is drawn on. Both share the map's canvas and aspect, so
// polygons of different views overlap in coordinates and are never compared.
enum class MapView { Face, Body };

const Choices<MapView>& mapViewChoices(); // "face", "body"
std::string toString(MapView view);

struct Zone {
    std::string id;
    std::string label;
    std::string region; // scalp, face, neck, chest (face view); body (body view)
    Side side = Side::None;
    bool noGo = false;
    MapView view = MapView::Face;
    std::vector<Polygon> polygons;

    [[nodiscard]] bool contains(glm::dvec2 point) const;
    [[nodiscard]] double area() const;
    [[nodiscard]] glm::dvec2 centroid() const; // of the largest polygon
};

// The face canvas's height when zones.json names none: the face's chin to
// hairline (y 0.185..0.584 of the canvas) is then about 192 mm, an adult's.
inline constexpr double kDefaultMapHeightMm = 480.0;

class ZoneMap {
public:
    ZoneMap() = default;
    explicit ZoneMap(std::vector<Zone> zones, double aspect = 0.75, double heightMm = kDefaultMapHeightMm);

    [[nodiscard]] const std::vector<Zone>& zones() const { return m_zones; }
    [[nodiscard]] const Zone* find(const std::string& id) const;
    [[nodiscard]] std::vector<std::string> ids() const;
    [[nodiscard]] std::vector<std::string> treatableIds() const;
    // The zone of `view` under a point: no-go zones first, then the rest; none
    // outside. Zones of the other view are never hit.
    [[nodiscard]] const Zone* hitTest(glm::dvec2 point, MapView view = MapView::Face) const;
    // True when a zone of this id lies on `view`.
    [[nodiscard]] bool onView(const std::string& id, MapView view) const;
    // Width divided by height of the map canvas.
    [[nodiscard]] double aspect() const { return m_aspect; }
    // The canvas's real size: its height in mm on the face (zones.json
    // "height_mm"; chin to hairline is about 0.4 of it) and its width (height x aspect).
    [[nodiscard]] double heightMm() const { return m_heightMm; }
    [[nodiscard]] double widthMm() const { return m_heightMm * m_aspect; }
    // A map point (0..1 both ways) in mm from the canvas's top-left corner.
    [[nodiscard]] glm::dvec2 toMm(glm::dvec2 mapPoint) const { return {mapPoint.x * widthMm(), mapPoint.y * m_heightMm}; }
    [[nodiscard]] glm::dvec2 fromMm(glm::dvec2 mm) const { return {mm.x / widthMm(), mm.y / m_heightMm}; }

private:
    std::vector<Zone> m_zones;
    double m_aspect = 0.75;
    double m_heightMm = kDefaultMapHeightMm;
};

// The zone ids every map must define (cases and profiles rely on them).
const std::vector<std::string>& requiredZoneIds();

ZoneMap readZoneMap(const Json& root, Diagnostics& diagnostics);

} // namespace core
