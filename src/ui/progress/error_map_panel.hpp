// The personal error map: the face map shaded per zone by how often and how
// badly the trainee misjudges it, too deep and too shallow in two hues, each
// zone labelled in words, values in a tooltip.
#pragma once

#include "ui/common/ui_context.hpp"

#include <glm/vec4.hpp>

namespace ui {

void drawErrorMapPanel(UiContext& ctx, const core::ProgressSummary& summary, FaceMapPanelState& map, ImVec2 size);

// What a zone's errors look like on the map (also used by tests and the PNG export).
glm::vec4 errorZoneFill(const core::ZoneErrors& errors);
std::string errorZoneLabel(const core::ZoneErrors& errors);

} // namespace ui
