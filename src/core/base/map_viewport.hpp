// Where the face map sits in a panel: fit with its aspect ratio kept, then
// zoom and pan. Shared by the renderer, the widgets that hit-test clicks and
// draw markers, and tests, so all agree on which pixel is which map point.
#pragma once

#include <glm/vec2.hpp>

namespace core {

struct MapViewport {
    glm::dvec2 panelSize{1.0, 1.0}; // pixels
    double aspect = 0.75;           // map width / height
    double zoom = 1.0;              // 1 = whole map fits
    glm::dvec2 pan{0.0, 0.0};       // map units the view centre is moved by

    // The map's full rectangle in panel pixels (may extend past the panel when zoomed).
    [[nodiscard]] glm::dvec2 mapOrigin() const;
    [[nodiscard]] glm::dvec2 mapSize() const;
    [[nodiscard]] glm::dvec2 mapToPanel(glm::dvec2 map) const;
    [[nodiscard]] glm::dvec2 panelToMap(glm::dvec2 panel) const;

    // Zooms by factor about a panel point, keeping the map point under it fixed.
    void zoomAbout(glm::dvec2 panelPoint, double factor);
    // Keeps zoom in 1..8 and the view on the map.
    void clamp();
};

} // namespace core
