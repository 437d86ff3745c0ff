// The face map widget: the rendered map with hover names, click-to-select,
// wheel zoom, drag pan, a reset button, finding markers with a legend and
// tooltips, and optional text labels per zone (so colour is never the only cue).
#pragma once

#include "ui_context.hpp"

#include <glm/vec4.hpp>

#include <map>
#include <string>
#include <vector>

namespace ui {

struct FaceMapOverlay {
    std::vector<glm::vec4> fill;              // per zone index
    std::map<std::string, std::string> labels; // zone id -> short text drawn on the zone
    bool showFindings = true;
    bool selectable = true;                    // clicks select zones
    int fitzpatrick = 3;
};

// Draws the map into `size` (pixels); `slot` picks one of the renderer's targets.
void drawFaceMap(const char* id, UiContext& ctx, FaceMapPanelState& state, const FaceMapOverlay& overlay, ImVec2 size, int slot);

// Label for a zone as the trainee reads it ("Left cheek (client's left)").
std::string zoneDisplayName(const core::ZoneMap& zones, const std::string& id);

} // namespace ui
