// Fit-zoom-pan arithmetic for the face map.
#include "base/map_viewport.hpp"

#include <algorithm>

namespace core {

glm::dvec2 MapViewport::mapSize() const {
    const double fitHeight = std::min(panelSize.y, panelSize.x / aspect);
    return glm::dvec2{fitHeight * aspect, fitHeight} * zoom;
}

glm::dvec2 MapViewport::mapOrigin() const {
    const glm::dvec2 size = mapSize();
    // Centre of the view is map point (0.5, 0.5) + pan.
    const glm::dvec2 centre = glm::dvec2{0.5, 0.5} + pan;
    return panelSize * 0.5 - centre * size;
}

glm::dvec2 MapViewport::mapToPanel(glm::dvec2 map) const { return mapOrigin() + map * mapSize(); }

glm::dvec2 MapViewport::panelToMap(glm::dvec2 panel) const { return (panel - mapOrigin()) / mapSize(); }

void MapViewport::zoomAbout(glm::dvec2 panelPoint, double factor) {
    const glm::dvec2 anchor = panelToMap(panelPoint);
    zoom = std::clamp(zoom * factor, 1.0, 8.0);
    // Move the pan so that anchor lands under panelPoint again.
    const glm::dvec2 size = mapSize();
    const glm::dvec2 centre = (panelSize * 0.5 - panelPoint) / size + anchor;
    pan = centre - glm::dvec2{0.5, 0.5};
    clamp();
}

void MapViewport::clamp() {
    zoom = std::clamp(zoom, 1.0, 8.0);
    const double limit = 0.5 - 0.5 / zoom; // at zoom 1 the map stays centred
    pan.x = std::clamp(pan.x, -limit, limit);
    pan.y = std::clamp(pan.y, -limit, limit);
}

} // namespace core
