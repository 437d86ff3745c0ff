// The face map widget: the rendered map with hover names, click-to-select,
// wheel zoom, drag pan, a reset button, finding markers with a legend and
// tooltips, and optional text labels per zone (so colour is never the only cue),
// placed by core::placeLabels so none overlap each other, the markers or the tags.
// It shows one view (the face or the body picture); zones and findings of the
// other view are neither drawn nor hit. The Face / Body toggle sits above it.
#pragma once

#include "ui/common/ui_context.hpp"

#include "model/case_views.hpp"
#include "render/coverage_layer.hpp"

#include <glm/vec4.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ui {

// Plan overlays: a treated zone's fill and an avoided zone's, shared by the
// trainee's plan map and the editor's plan key.
inline const glm::vec4 kPlanTreatFill{0.05f, 0.60f, 0.62f, 0.42f};
inline const glm::vec4 kPlanAvoidFill{0.16f, 0.17f, 0.22f, 0.55f};

struct FaceMapOverlay {
    std::vector<glm::vec4> fill;              // per zone index
    std::map<std::string, std::string> labels; // zone id -> short text drawn on the zone
    bool showFindings = true;
    bool selectable = true;                    // clicks select zones
    int fitzpatrick = 3;
    // The editor shows its own document instead of the session's case.
    const std::vector<core::Finding>* findings = nullptr; // null: the session case's findings
    const core::Client* client = nullptr;                 // whose face is drawn; null: the session case's client
    std::optional<std::string> selectedZone;              // unset: the session's selection
    bool emitSelect = true;                               // push SelectZone on a zone click
    bool dragFindings = false;                            // findings can be dragged (the editor)
    int highlightFinding = -1;
    std::optional<std::string> highlightZone;             // outlined even when clicks do not select (the debrief)
    // Tooltips name a finding's catalogue type only where that is no give-away
    // (the debrief, the editor); elsewhere they show what the author says is seen.
    bool showCatalogueNames = false;
    core::MapView view = core::MapView::Face;             // the picture shown
    const core::Case* skinCase = nullptr;                 // whose skin layers are drawn; null: the session case's (when showFindings)
    const render::CoverageDraw* coverage = nullptr;       // perform mode: pass counts on the skin or as a heat map
    bool penMode = false;                                 // the left button draws strokes (app/perform_live): no pan, no select
    const std::vector<core::SkinLayerDraw>* skinDraws = nullptr; // drawn instead of any case's layers (a follow-up visit's face)
};

// What the pointer did on the map this frame, for callers that act on it.
struct FaceMapEvents {
    int clickedZone = -1;                  // zone index under a click (no drag)
    std::optional<glm::dvec2> clickedPoint; // map point of a click on no finding
    int clickedFinding = -1;               // finding index under a click
    int draggedFinding = -1;               // finding being dragged, with its new point
    glm::dvec2 dragPoint{0.0};
    bool dragEnded = false;                // the drag of a finding was released
};

// Draws the map into `size` (pixels); `slot` picks one of the renderer's targets.
FaceMapEvents drawFaceMap(const char* id, UiContext& ctx, FaceMapPanelState& state, const FaceMapOverlay& overlay, ImVec2 size, int slot);

// Label for a zone as the trainee reads it ("Left cheek (client's left)").
std::string zoneDisplayName(const core::ZoneMap& zones, const std::string& id);

// The view a case's maps show: the one last chosen for it, else the one it opens on.
core::MapView shownMapView(const std::map<std::string, core::MapView>* chosen, const std::string& caseId, const core::CaseViews& views);

// "Map: [Face] [Body]" above a map, when `offered` (the case has body zones, or
// the editor); the buttons and Ctrl+B push act::SetMapView. Draw one per screen.
void drawMapViewToggle(UiContext& ctx, const std::string& caseId, bool offered, core::MapView shown);

} // namespace ui
