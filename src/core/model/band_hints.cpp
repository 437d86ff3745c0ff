// Band hints: the profile's band for a zone, per indication of the client.
#include "model/band_hints.hpp"

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
        if (auto hint = bandHint(protocol, zoneId, kind)) out.push_back(std::move(*hint));
    }
    return out;
}

} // namespace core
