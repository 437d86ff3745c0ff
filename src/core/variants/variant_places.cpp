// Moving findings and skin layers within their zones (see variant_places.hpp).
#include "variants/variant_places.hpp"

#include "base/geometry.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace core {
namespace variant_places_detail {

// The cheeks are narrow crescents: a wider margin leaves almost no room there.
constexpr double kMargin = 0.004;

// One circle that must land inside the zone: its offset from the point drawn
// and the clearance it needs from the zone's outline.
struct Part {
    glm::dvec2 offset{0.0};
    double clearance = 0.0;
};

// Three decimals, as authors write positions.
glm::dvec2 rounded(glm::dvec2 p) { return {std::round(p.x * 1000.0) / 1000.0, std::round(p.y * 1000.0) / 1000.0}; }

bool fits(const Zone& zone, const ZoneMap& zones, glm::dvec2 p, double clearance) {
    // No-go areas win a hit test, so the point must hit this zone, not a neighbour inside it.
    if (!zone.contains(p) || zones.hitTest(p, zone.view) != &zone) return false;
    for (const auto& polygon : zone.polygons) {
        if (distanceToOutline(polygon, p) < clearance) return false;
    }
    return true;
}

// A point where every part fits, drawn uniformly from the zone's bounding box.
std::optional<glm::dvec2> pointWhereAllFit(const Zone& zone, const ZoneMap& zones, const std::vector<Part>& parts, VariantRandom& random) {
    glm::dvec2 lo{1.0, 1.0};
    glm::dvec2 hi{0.0, 0.0};
    for (const auto& polygon : zone.polygons) {
        for (const auto& v : polygon) {
            lo = {std::min(lo.x, v.x), std::min(lo.y, v.y)};
            hi = {std::max(hi.x, v.x), std::max(hi.y, v.y)};
        }
    }
    for (int attempt = 0; attempt < 400; ++attempt) {
        const glm::dvec2 p = rounded({lo.x + (hi.x - lo.x) * random.unit(), lo.y + (hi.y - lo.y) * random.unit()});
        const bool all = std::all_of(parts.begin(), parts.end(), [&](const Part& part) { return fits(zone, zones, rounded(p + part.offset), part.clearance); });
        if (all) return p;
    }
    return std::nullopt;
}

// How far a point is from the zone's outline (0 when outside it).
double clearanceOf(const Zone& zone, glm::dvec2 p) {
    if (!zone.contains(p)) return 0.0;
    double clearance = 1.0;
    for (const auto& polygon : zone.polygons) clearance = std::min(clearance, distanceToOutline(polygon, p));
    return clearance;
}

double layerRadius(const SkinLayer& layer) {
    return std::clamp(layer.radius.value_or(layer.kind ? defaultSkinRadius(*layer.kind) : kDefaultSkinRadius), kMinSkinRadius, kMaxSkinRadius);
}

Json positionJson(glm::dvec2 p) { return Json::array({p.x, p.y}); }

} // namespace variant_places_detail

bool layerDrawsFinding(const SkinLayer& layer, const Finding& finding) {
    if (!layer.position || layer.zone != finding.zone) return false;
    return glm::length(*layer.position - finding.position) <= variant_places_detail::layerRadius(layer) + finding.radius;
}

void varyPlaces(Json& root, const Case& c, VariantRandom& random, const ZoneMap& zones) {
    using namespace variant_places_detail;
    if (!c.vary.findingPositions) return;
    std::vector<bool> layerMoved(c.skin.size(), false); // placed with a finding (or left with it)
    if (root.contains("findings") && root["findings"].is_array()) {
        Json& findings = root["findings"];
        for (std::size_t i = 0; i < c.findings.size() && i < findings.size(); ++i) {
            const Finding& f = c.findings[i];
            const Zone* zone = zones.find(f.zone);
            if (!zone) continue;
            // The finding: its whole radius inside, or, where the author placed it
            // closer to the outline than that (a large filler site on a narrow
            // cheek, a spot filling the small chin), three quarters as clear as
            // the author's place, so it still has room to move. A layer drawing it (often larger: a
            // bruise's spread, a filler's swelling) keeps its centre inside the
            // zone, and the zone mask clips what it draws beyond the outline.
            const double authored = clearanceOf(*zone, f.position);
            const double needed = authored >= f.radius + kMargin ? f.radius + kMargin : 0.75 * authored;
            std::vector<Part> parts{{glm::dvec2{0.0}, needed}};
            std::vector<std::size_t> drawing;
            for (std::size_t k = 0; k < c.skin.size(); ++k) {
                if (layerMoved[k] || !layerDrawsFinding(c.skin[k], f)) continue;
                drawing.push_back(k);
                parts.push_back({*c.skin[k].position - f.position, kMargin});
            }
            const auto p = pointWhereAllFit(*zone, zones, parts, random);
            // A layer that draws a finding stays with it, also where the finding stays put.
            for (const std::size_t k : drawing) layerMoved[k] = true;
            if (!p) continue;
            findings[i]["position"] = positionJson(*p);
            for (const std::size_t k : drawing) root["skin"][k]["position"] = positionJson(rounded(*p + (*c.skin[k].position - f.position)));
        }
    }
    // Positioned layers that draw no finding (a patch of sun spots, a lesion the
    // trainee need not find) move on their own.
    for (std::size_t k = 0; k < c.skin.size(); ++k) {
        const SkinLayer& layer = c.skin[k];
        if (layerMoved[k] || !layer.position) continue;
        const Zone* zone = zones.find(layer.zone);
        if (!zone) continue;
        if (const auto p = pointWhereAllFit(*zone, zones, std::vector<Part>{Part{glm::dvec2{0.0}, std::min(layerRadius(layer), 0.02) + kMargin}}, random)) {
            root["skin"][k]["position"] = positionJson(*p);
        }
    }
}

} // namespace core
