// In the plan's zone editor: the lesions in a treated zone that may be
// needled around with a margin (catalogue site_rule exclude_site: a mole, a
// tattoo, a bruise, a spot), each with a "Needle around" tick.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// Draws nothing when the zone holds no such lesion.
void drawLesionMargins(UiContext& ctx, const core::AttemptZone& zone);

} // namespace ui
