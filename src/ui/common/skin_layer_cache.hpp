// The skin layer draw lists the face maps pass to the renderer, worked out
// once per case (and again only when the case's layers change, as in the
// editor), so a frame does no per-layer work beyond a comparison.
#pragma once

#include "model/case_model.hpp"
#include "terms/zone_map.hpp"

#include <vector>

namespace ui {

// The draw list for a case's layers; null for no case. The reference stays
// valid until the next call for a different case or changed layers.
const std::vector<core::SkinLayerDraw>* skinDrawsFor(const core::Case* c, const core::ZoneMap& zones);

} // namespace ui
