// Band hints: the profile's band for a zone, per indication of the client.
#include "model/band_hints.hpp"

#include <algorithm>
#include <set>

namespace core {

std::optional<BandHint> bandHint(const Protocol& protocol, const std::string& zoneId, BandKind kind) {
    const auto band = protocol.band(zoneId, kind);
    if (!band) return std::nullopt;
    return BandHint{kind, *band, protocol.safetyMax(zoneId), protocol.title};
}

std::vector<BandHint> bandHintsForCase(const Case& c, const Protocol& protocol, const Catalogue& catalogue, const std::string& zoneId) {
    std::vector<BandHint> out;
    if (!c.allowHints) return out;
    std::set<BandKind> kinds;
    for (const auto& id : c.client.indications) {
        if (const auto* indication = catalogue.findIndication(id)) kinds.insert(indication->band);
    }
    for (const BandKind kind : kinds) {
        auto hint = bandHint(protocol, zoneId, kind);
        if (!hint) continue;
        // The same shallow cap the grader holds this client's skin type to.
        if (const auto cap = protocol.skinTypeCap(kind, c.client.fitzpatrick)) {
            hint->band.max = std::min(hint->band.max, *cap);
            hint->band.min = std::min(hint->band.min, hint->band.max);
        }
        out.push_back(std::move(*hint));
    }
    return out;
}

} // namespace core
