// A few cached draw lists keyed by case id, each with the layers it was made
// from: a map drawing the same case every frame reuses its list.
#include "ui/common/skin_layer_cache.hpp"

#include <array>

namespace ui {
namespace skin_cache_detail {

struct Entry {
    std::string caseId;
    std::vector<core::SkinLayer> layers; // what the draws were made from
    std::vector<core::SkinLayerDraw> draws;
    const core::ZoneMap* zones = nullptr;
    unsigned lastUse = 0;
};

bool sameLayers(const std::vector<core::SkinLayer>& a, const std::vector<core::SkinLayer>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto& x = a[i];
        const auto& y = b[i];
        if (x.kind != y.kind || x.zone != y.zone || x.position != y.position || x.radius != y.radius || x.severity != y.severity ||
            x.direction != y.direction)
            return false;
    }
    return true;
}

} // namespace skin_cache_detail

const std::vector<core::SkinLayerDraw>* skinDrawsFor(const core::Case* c, const core::ZoneMap& zones) {
    using skin_cache_detail::Entry;
    static std::array<Entry, 4> entries; // the UI thread only; a few maps show at most two cases at once
    static unsigned clock = 0;
    if (!c || c->skin.empty()) return nullptr;
    ++clock;
    Entry* slot = &entries[0];
    for (Entry& e : entries) {
        if (e.caseId == c->id && e.zones == &zones) {
            slot = &e;
            break;
        }
        if (e.lastUse < slot->lastUse) slot = &e;
    }
    if (slot->caseId != c->id || slot->zones != &zones || !skin_cache_detail::sameLayers(slot->layers, c->skin)) {
        slot->caseId = c->id;
        slot->zones = &zones;
        slot->layers = c->skin;
        slot->draws = core::skinLayerDraws(c->skin, c->id, zones);
    }
    slot->lastUse = clock;
    return &slot->draws;
}

} // namespace ui
