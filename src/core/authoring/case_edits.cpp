// Findings, key zones and key flags: edits that must keep ids and references
// consistent, so they are worked out here rather than by the panels.
#include "authoring/case_edits.hpp"

#include "base/text_similarity.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace core {
namespace {

const Json kEmptyArray = Json::array();

const Json& arrayAt(const Json& root, const char* key1, const char* key2 = nullptr) {
    if (!root.is_object() || !root.contains(key1)) return kEmptyArray;
    const Json& a = root.at(key1);
    if (!key2) return a.is_array() ? a : kEmptyArray;
    if (!a.is_object() || !a.contains(key2) || !a.at(key2).is_array()) return kEmptyArray;
    return a.at(key2);
}

std::expected<const Zone*, core::Error> zoneAt(glm::dvec2 position, MapView view, const ReferenceData& data) {
    if (!std::isfinite(position.x) || !std::isfinite(position.y) || position.x < 0.0 || position.x > 1.0 || position.y < 0.0 || position.y > 1.0) {
        return std::unexpected(std::string("the position must be inside the map (0-1 across and down)"));
    }
    const Zone* zone = data.zones.hitTest(position, view);
    if (!zone) {
        const std::string where = view == MapView::Body ? "body" : "face";
        return std::unexpected("that point is not on any zone of the " + where + ": place findings on the " + where);
    }
    return zone;
}

Json positionJson(glm::dvec2 p) { return Json::array({roundPosition(p.x), roundPosition(p.y)}); }

std::expected<std::size_t, core::Error> findingIndex(const Json& root, int index) {
    const Json& findings = arrayAt(root, "findings");
    if (index < 0 || static_cast<std::size_t>(index) >= findings.size()) {
        return std::unexpected("there is no finding " + std::to_string(index + 1) + " (the case has " + std::to_string(findings.size()) + ")");
    }
    return static_cast<std::size_t>(index);
}

} // namespace

double roundPosition(double v) { return std::round(v * 1000.0) / 1000.0; }

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::AddFinding& c, const ReferenceData& data) {
    const FindingType* type = data.catalogue.findFindingType(c.type);
    if (!type) return std::unexpected("unknown finding type \"" + c.type + "\"." + didYouMean(c.type, data.catalogue.findingTypeIds()));
    auto zone = zoneAt(c.position, c.view, data);
    if (!zone) return std::unexpected(zone.error());
    std::set<std::string> ids;
    const Json& findings = arrayAt(root, "findings");
    for (const auto& f : findings) {
        if (f.is_object() && f.contains("id") && f.at("id").is_string()) ids.insert(f.at("id").get<std::string>());
    }
    std::string stem = c.type;
    std::replace(stem.begin(), stem.end(), '_', '-');
    std::string id;
    for (int n = 1; id.empty() || ids.contains(id); ++n) id = stem + "-" + std::to_string(n);
    Json finding = Json::object();
    finding["id"] = id;
    finding["type"] = c.type;
    finding["zone"] = (*zone)->id;
    finding["position"] = positionJson(c.position);
    finding["radius"] = type->defaultRadius;
    finding["note"] = "";
    EditPlan plan;
    if (!root.contains("findings")) {
        plan.sets.emplace_back("/findings", Json::array({finding}));
    } else {
        plan.sets.emplace_back("/findings/-", finding);
    }
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::MoveFinding& c, const ReferenceData& data) {
    auto i = findingIndex(root, c.index);
    if (!i) return std::unexpected(i.error());
    // A finding moves on the picture it is drawn on.
    const Json& finding = arrayAt(root, "findings").at(*i);
    const Zone* current = finding.is_object() && finding.contains("zone") && finding.at("zone").is_string()
                              ? data.zones.find(finding.at("zone").get<std::string>())
                              : nullptr;
    auto zone = zoneAt(c.position, current ? current->view : MapView::Face, data);
    if (!zone) return std::unexpected(zone.error());
    const std::string p = "/findings/" + std::to_string(*i);
    EditPlan plan;
    plan.sets.emplace_back(p + "/position", positionJson(c.position));
    plan.sets.emplace_back(p + "/zone", (*zone)->id);
    if (c.coalesce) plan.coalesceKey = p;
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::RemoveFinding& c, const ReferenceData&) {
    auto i = findingIndex(root, c.index);
    if (!i) return std::unexpected(i.error());
    Json findings = arrayAt(root, "findings");
    const Json removed = findings.at(*i);
    findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(*i));
    EditPlan plan;
    plan.sets.emplace_back("/findings", findings);
    // Key flags that pointed at this finding stop pointing at it.
    const std::string id = stringMember(removed, "id");
    for (const char* list : {"contraindications", "distractors"}) {
        Json flags = arrayAt(root, "key", list);
        bool changed = false;
        for (auto& flag : flags) {
            if (!flag.is_object() || !flag.contains("findings") || !flag.at("findings").is_array()) continue;
            Json& refs = flag.at("findings");
            const auto before = refs.size();
            refs.erase(std::remove(refs.begin(), refs.end(), Json(id)), refs.end());
            changed = changed || refs.size() != before;
        }
        if (changed) plan.sets.emplace_back(std::string("/key/") + list, flags);
    }
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::KeyZone& c, const ReferenceData& data) {
    if (!data.zones.find(c.zone)) return std::unexpected("unknown zone \"" + c.zone + "\"." + didYouMean(c.zone, data.zones.ids()));
    if (c.field.empty() || c.field == "zone") return std::unexpected(std::string("name a field of the zone's key entry (action, band, depth_mm, ...)"));
    if (!root.is_object() || !root.contains("key") || !root.at("key").is_object()) {
        return std::unexpected(std::string("the case has no \"key\" object to add zones to"));
    }
    Json zones = arrayAt(root, "key", "zones");
    auto it = std::find_if(zones.begin(), zones.end(), [&](const Json& z) { return stringMember(z, "zone") == c.zone; });
    if (c.field == "action" && c.value.is_null()) {
        if (it == zones.end()) return EditPlan{};
        zones.erase(it);
    } else {
        if (it == zones.end()) {
            Json entry = Json::object();
            entry["zone"] = c.zone;
            entry["action"] = data.zones.find(c.zone)->noGo ? "avoid" : "treat";
            zones.push_back(entry);
            it = zones.end() - 1;
        }
        if (c.value.is_null()) {
            it->erase(c.field);
        } else {
            (*it)[c.field] = c.value;
        }
    }
    EditPlan plan;
    plan.sets.emplace_back("/key/zones", zones);
    return plan;
}

std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::ToggleKeyFlag& c, const ReferenceData& data) {
    if (c.list != "contraindications" && c.list != "distractors") {
        return std::unexpected("\"" + c.list + "\" is not a key list: use contraindications or distractors");
    }
    if (!data.catalogue.findScreening(c.id)) {
        return std::unexpected("unknown screening id \"" + c.id + "\"." + didYouMean(c.id, data.catalogue.screeningIds()));
    }
    if (!root.is_object() || !root.contains("key") || !root.at("key").is_object()) {
        return std::unexpected(std::string("the case has no \"key\" object"));
    }
    Json flags = arrayAt(root, "key", c.list.c_str());
    const auto it = std::find_if(flags.begin(), flags.end(), [&](const Json& f) { return stringMember(f, "id") == c.id; });
    if (it != flags.end()) {
        flags.erase(it);
    } else {
        Json entry = Json::object();
        entry["id"] = c.id;
        entry["feedback"] = "";
        flags.push_back(entry);
    }
    EditPlan plan;
    plan.sets.emplace_back("/key/" + c.list, flags);
    return plan;
}

} // namespace core
