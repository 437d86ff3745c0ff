// Zone map model and its reader.
#include "terms/zone_map.hpp"

#include "json/object_reader.hpp"

#include <algorithm>
#include <set>

namespace core {

bool Zone::contains(glm::dvec2 point) const {
    return std::any_of(polygons.begin(), polygons.end(), [&](const Polygon& p) { return pointInPolygon(p, point); });
}

double Zone::area() const {
    double total = 0.0;
    for (const auto& p : polygons) total += polygonArea(p);
    return total;
}

glm::dvec2 Zone::centroid() const {
    const Polygon* largest = nullptr;
    for (const auto& p : polygons) {
        if (!largest || polygonArea(p) > polygonArea(*largest)) largest = &p;
    }
    return largest ? polygonCentroid(*largest) : glm::dvec2{0.5};
}

ZoneMap::ZoneMap(std::vector<Zone> zones, double aspect, double heightMm) : m_zones(std::move(zones)), m_aspect(aspect), m_heightMm(heightMm) {}

const Zone* ZoneMap::find(const std::string& id) const {
    const auto it = std::find_if(m_zones.begin(), m_zones.end(), [&](const Zone& z) { return z.id == id; });
    return it == m_zones.end() ? nullptr : &*it;
}

std::vector<std::string> ZoneMap::ids() const {
    std::vector<std::string> out;
    for (const auto& z : m_zones) out.push_back(z.id);
    return out;
}

std::vector<std::string> ZoneMap::treatableIds() const {
    std::vector<std::string> out;
    for (const auto& z : m_zones) {
        if (!z.noGo) out.push_back(z.id);
    }
    return out;
}

const Zone* ZoneMap::hitTest(glm::dvec2 point, MapView view) const {
    for (int pass = 0; pass < 2; ++pass) {
        const bool wantNoGo = pass == 0;
        for (const auto& z : m_zones) {
            if (z.view == view && z.noGo == wantNoGo && z.contains(point)) return &z;
        }
    }
    return nullptr;
}

bool ZoneMap::onView(const std::string& id, MapView view) const {
    const Zone* z = find(id);
    return z && z->view == view;
}

const Choices<MapView>& mapViewChoices() {
    static const Choices<MapView> choices{{"face", MapView::Face}, {"body", MapView::Body}};
    return choices;
}

std::string toString(MapView view) { return view == MapView::Body ? "body" : "face"; }

const std::vector<std::string>& requiredZoneIds() {
    static const std::vector<std::string> ids{
        "forehead", "temple_left", "temple_right", "periorbital_left", "periorbital_right", "nose",
        "cheek_left", "cheek_right", "perioral", "chin", "jawline_left", "jawline_right", "neck", "decollete",
        "scalp_hairline", "scalp_crown", "nogo_eye_left", "nogo_eye_right", "nogo_vermilion", "nogo_nostrils",
        "abdomen", "thigh_left", "thigh_right", "upper_arm_left", "upper_arm_right"};
    return ids;
}

namespace {

Polygon readPolygon(const Json& node, const std::string& pointer, Diagnostics& diagnostics) {
    Polygon polygon;
    if (!node.is_array() || node.size() < 3) {
        diagnostics.error(pointer, "a polygon must be an array of at least 3 [x, y] points");
        return polygon;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        const Json& pt = node[i];
        if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number() || !pt[1].is_number()) {
            diagnostics.error(pointer + "/" + std::to_string(i), "a point must be [x, y] with numbers from 0 to 1");
            continue;
        }
        const glm::dvec2 v{pt[0].get<double>(), pt[1].get<double>()};
        if (v.x < 0.0 || v.x > 1.0 || v.y < 0.0 || v.y > 1.0) {
            diagnostics.error(pointer + "/" + std::to_string(i), "point lies outside the map: x and y must be 0 to 1");
            continue;
        }
        polygon.push_back(v);
    }
    return polygon;
}

} // namespace

ZoneMap readZoneMap(const Json& root, Diagnostics& diagnostics) {
    ObjectReader top(root, "", diagnostics);
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    double aspect = 0.75;
    if (const Json* a = top.array("aspect", Need::Optional)) {
        if (a->size() == 2 && (*a)[0].is_number() && (*a)[1].is_number() && (*a)[1].get<double>() > 0) {
            aspect = (*a)[0].get<double>() / (*a)[1].get<double>();
        } else {
            diagnostics.error(top.pointerOf("aspect"), "must be [width, height] with positive numbers, e.g. [3, 4]");
        }
    }
    // The canvas's real height (Perform mode's mm); optional, 150..1000 mm.
    const double heightMm = top.number("height_mm", Need::Optional, 150.0, 1000.0).value_or(kDefaultMapHeightMm);
    std::vector<Zone> zones;
    std::set<std::string> seen;
    if (const Json* list = top.array("zones", Need::Required)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string pointer = top.pointerOf("zones") + "/" + std::to_string(i);
            ObjectReader r((*list)[i], pointer, diagnostics);
            if (!r.isObject()) continue;
            Zone z;
            z.id = r.string("id", Need::Required, false).value_or("");
            z.label = r.string("label", Need::Required, false).value_or(z.id);
            z.region = r.string("region", Need::Required).value_or("face");
            z.side = r.choice<Side>("side", Need::Required, {{"none", Side::None}, {"left", Side::Left}, {"right", Side::Right}})
                         .value_or(Side::None);
            z.noGo = r.boolean("no_go", Need::Required).value_or(false);
            // Optional: zones from before the body map are all on the face.
            const auto view = r.choice<MapView>("view", Need::Optional, mapViewChoices());
            z.view = view.value_or(MapView::Face);
            const bool bodyRegion = z.region == "body";
            if (view && bodyRegion != (*view == MapView::Body)) {
                diagnostics.error(r.pointerOf("view"), bodyRegion ? "a zone of region \"body\" lies on the body picture: set \"view\": \"body\""
                                                                  : "only zones of region \"body\" lie on the body picture: set \"region\": \"body\" or \"view\": \"face\"");
            } else if (!r.has("view") && bodyRegion) {
                diagnostics.error(r.pointerOf("region"), "a zone of region \"body\" needs \"view\": \"body\" (zones without a view are on the face)");
            }
            if (const Json* polys = r.array("polygons", Need::Required)) {
                for (std::size_t k = 0; k < polys->size(); ++k) {
                    Polygon p = readPolygon((*polys)[k], r.pointerOf("polygons") + "/" + std::to_string(k), diagnostics);
                    if (p.size() >= 3) z.polygons.push_back(std::move(p));
                }
            }
            if (!z.id.empty() && !seen.insert(z.id).second) {
                diagnostics.error(r.pointerOf("id"), "zone id \"" + z.id + "\" is defined twice: ids must be unique");
            }
            zones.push_back(std::move(z));
        }
    }
    ZoneMap map(std::move(zones), aspect, heightMm);
    for (const auto& id : requiredZoneIds()) {
        if (!map.find(id)) diagnostics.error(top.pointerOf("zones"), "zone \"" + id + "\" is missing: the case format relies on it");
    }
    return map;
}

} // namespace core
