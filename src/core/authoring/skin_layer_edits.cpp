// Skin layer edits: a layer's zone is always the zone under its position, on
// the picture it is drawn on, so a placed layer validates by construction.
#include "authoring/skin_layer_edits.hpp"

#include "base/text_similarity.hpp"
#include "terms/skin_layers.hpp"

#include <cmath>

namespace core {
namespace skin_edit_detail {

const Json& skinList(const Json& root) {
    static const Json empty = Json::array();
    if (!root.is_object() || !root.contains("skin") || !root.at("skin").is_array()) return empty;
    return root.at("skin");
}

std::expected<std::size_t, core::Error> layerIndex(const Json& root, int index) {
    const Json& skin = skinList(root);
    if (index < 0 || static_cast<std::size_t>(index) >= skin.size()) {
        return std::unexpected("there is no skin layer " + std::to_string(index + 1) + " (the case has " + std::to_string(skin.size()) + ")");
    }
    return static_cast<std::size_t>(index);
}

std::expected<const Zone*, core::Error> zoneUnder(glm::dvec2 position, MapView view, const ReferenceData& data) {
    if (!std::isfinite(position.x) || !std::isfinite(position.y) || position.x < 0.0 || position.x > 1.0 || position.y < 0.0 || position.y > 1.0) {
        return std::unexpected(std::string("the position must be inside the map (0-1 across and down)"));
    }
    const Zone* zone = data.zones.hitTest(position, view);
    if (!zone) {
        const std::string where = view == MapView::Body ? "body" : "face";
        return std::unexpected("that point is not on any zone of the " + where + ": place skin layers on the " + where);
    }
    return zone;
}

Json point(glm::dvec2 p) { return Json::array({roundPosition(p.x), roundPosition(p.y)}); }

} // namespace skin_edit_detail

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::AddSkinLayer& c, const ReferenceData& data) {
    using namespace skin_edit_detail;
    const auto kind = skinKindFromName(c.kind);
    if (!kind) return std::unexpected("unknown skin layer kind \"" + c.kind + "\"." + didYouMean(c.kind, skinKindNames()));
    if (!(c.severity >= 0.0 && c.severity <= 1.0)) return std::unexpected(std::string("severity must be 0-1"));
    if (skinList(root).size() >= kMaxSkinLayers) {
        return std::unexpected("the map draws at most " + std::to_string(kMaxSkinLayers) + " skin layers: remove one first");
    }
    auto zone = zoneUnder(c.position, c.view, data);
    if (!zone) return std::unexpected(zone.error());
    Json layer = Json::object();
    layer["kind"] = c.kind;
    layer["zone"] = (*zone)->id;
    layer["position"] = point(c.position);
    layer["radius"] = defaultSkinRadius(*kind);
    layer["severity"] = c.severity;
    layer["seen"] = "";
    EditPlan plan;
    const bool hasList = root.is_object() && root.contains("skin");
    plan.sets.emplace_back(hasList ? "/skin/-" : "/skin", hasList ? layer : Json::array({layer}));
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::MoveSkinLayer& c, const ReferenceData& data) {
    using namespace skin_edit_detail;
    auto i = layerIndex(root, c.index);
    if (!i) return std::unexpected(i.error());
    const Json& layer = skinList(root).at(*i);
    const Zone* current = layer.is_object() && layer.contains("zone") && layer.at("zone").is_string() ? data.zones.find(layer.at("zone").get<std::string>())
                                                                                                       : nullptr;
    auto zone = zoneUnder(c.position, current ? current->view : MapView::Face, data);
    if (!zone) return std::unexpected(zone.error());
    const std::string p = "/skin/" + std::to_string(*i);
    EditPlan plan;
    plan.sets.emplace_back(p + "/position", point(c.position));
    plan.sets.emplace_back(p + "/zone", (*zone)->id);
    if (c.coalesce) plan.coalesceKey = p;
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::SkinLayerCover& c, const ReferenceData& data) {
    using namespace skin_edit_detail;
    auto i = layerIndex(root, c.index);
    if (!i) return std::unexpected(i.error());
    const Json& layer = skinList(root).at(*i);
    const std::string p = "/skin/" + std::to_string(*i);
    EditPlan plan;
    if (c.wholeZone) {
        if (layer.contains("position")) plan.removals.push_back(p + "/position");
        if (layer.contains("radius")) plan.removals.push_back(p + "/radius");
        return plan;
    }
    if (layer.contains("position")) return plan;
    const Zone* zone = data.zones.find(stringMember(layer, "zone"));
    if (!zone) return std::unexpected(std::string("the layer's zone is not on the map: pick a zone first"));
    const auto kind = skinKindFromName(stringMember(layer, "kind"));
    plan.sets.emplace_back(p + "/position", point(zone->centroid()));
    plan.sets.emplace_back(p + "/radius", kind ? defaultSkinRadius(*kind) : kDefaultSkinRadius);
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::RemoveSkinLayer& c, const ReferenceData&) {
    using namespace skin_edit_detail;
    auto i = layerIndex(root, c.index);
    if (!i) return std::unexpected(i.error());
    Json skin = skinList(root);
    skin.erase(skin.begin() + static_cast<std::ptrdiff_t>(*i));
    EditPlan plan;
    if (skin.empty()) {
        plan.removals.push_back("/skin"); // no empty list left behind
    } else {
        plan.sets.emplace_back("/skin", skin);
    }
    return plan;
}

} // namespace core
