// The depth band a profile gives a zone, as shown to a trainee (practice
// hints) and to an author (the case editor's key). One home for the lookup:
// which bands apply comes from the client's indications through the catalogue.
#pragma once

#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "model/protocol.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

struct BandHint {
    BandKind kind = BandKind::Rejuvenation;
    Band band;
    double safetyMaxMm = 0;
    std::string protocolTitle;
};

// The band of one kind for a zone under a profile; nullopt when the profile has none.
[[nodiscard]] std::optional<BandHint> bandHint(const Protocol& protocol, const std::string& zoneId, BandKind kind);

// The bands for a zone that follow from the client's indications (each kind
// once, in the order BandKind lists them). Empty when the case allows no hints.
[[nodiscard]] std::vector<BandHint> bandHintsForCase(const Case& c, const Protocol& protocol, const Catalogue& catalogue,
                                                     const std::string& zoneId);

} // namespace core
