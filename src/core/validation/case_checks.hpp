// Meaning checks for a case, after its structure has been read: references
// resolve, bands are safe for the case's profile, findings sit in their zones,
// and the key is clinically consistent with itself.
#pragma once

#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "model/reference_data.hpp"

namespace core {

void checkCaseMeaning(const Case& c, const ReferenceData& data, Diagnostics& diagnostics);

// The depth band the key expects for a treated zone, after profile defaults.
std::optional<Band> resolvedBand(const KeyZone& zone, const Protocol& protocol);
// The band the grader holds a treated zone to under a profile: the key's band,
// never deeper than that profile allows for the zone, nor than its shallow cap
// for this skin type (0 = type unknown: no cap).
std::optional<Band> effectiveBand(const KeyZone& zone, const Protocol& protocol, int fitzpatrick = 0);
// The endpoints accepted for a treated zone: the key's set, or derived from the band.
std::vector<Endpoint> acceptedEndpoints(const KeyZone& zone, const Band& band, const Protocol& protocol);

} // namespace core
