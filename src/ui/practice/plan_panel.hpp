// The treatment plan: the face map with planned zones shaded, the zone list,
// and the editor for the selected zone (treat or avoid, depth dial, patterns,
// passes, endpoint, mirror to the other side).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawPlanPanel(UiContext& ctx, FaceMapPanelState& map);

} // namespace ui
