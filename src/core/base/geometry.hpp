// Polygon maths for the face map: point-in-polygon and areas, in normalised
// map coordinates (x right, y down, both 0..1).
#pragma once

#include <glm/vec2.hpp>

#include <vector>

namespace core {

using Polygon = std::vector<glm::dvec2>;

// Even-odd rule; points exactly on an edge may fall either way.
bool pointInPolygon(const Polygon& polygon, glm::dvec2 point);

// Absolute area (shoelace formula), independent of winding.
double polygonArea(const Polygon& polygon);

// Area-weighted centroid; for degenerate polygons, the vertex mean.
glm::dvec2 polygonCentroid(const Polygon& polygon);

// Shortest distance from a point to the polygon's outline.
double distanceToOutline(const Polygon& polygon, glm::dvec2 point);

} // namespace core
