// Which way directional skin layers (tram tracks) run on a follow-up visit's
// face: along the strokes the attempt used in that zone.
#pragma once

#include "model/attempt.hpp"
#include "terms/skin_layers.hpp"

#include <vector>

namespace core {

// `layers` with each tram-track layer that states no direction given the
// first pass pattern the attempt planned for its zone (none planned: as is,
// which draws horizontal). A vertical pass leaves vertical tracks.
[[nodiscard]] std::vector<SkinLayer> withStrokeDirections(std::vector<SkinLayer> layers, const Attempt& attempt);

} // namespace core
