// Where a seeded variant puts a case's findings and drawn skin layers: each
// finding moves to another point well inside its zone, and the layers that
// draw it (same zone, overlapping it) move with it by the same offset; other
// positioned layers move on their own within their zones.
#pragma once

#include "variants/variant_random.hpp"
#include "json/json_document.hpp"
#include "model/case_model.hpp"
#include "terms/zone_map.hpp"

namespace core {

// Nothing moves unless the case's "vary" allows finding positions.
void varyPlaces(Json& root, const Case& c, VariantRandom& random, const ZoneMap& zones);

// True when a positioned skin layer draws this finding: same zone, and the
// two circles overlap.
[[nodiscard]] bool layerDrawsFinding(const SkinLayer& layer, const Finding& finding);

} // namespace core
