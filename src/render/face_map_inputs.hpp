// What each pass of the face map is drawn from, as plain values: a slot keeps
// the last ones it drew, and a pass runs again only when they differ. Also the
// pixel rectangle of the map that a change to some coverage cells can reach.
#pragma once

#include "coverage_layer.hpp"
#include "skin_layer_uniforms.hpp"

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <array>

namespace render {

inline constexpr int kFaceMapMaxZones = 32;

// The skin cache pass: art, tone, hair and condition layers at a placement.
struct SkinPassInputs {
    int width = 1;          // target pixels
    int height = 1;
    glm::vec2 origin{0.0f}; // the map's top-left in target pixels
    glm::vec2 size{1.0f};   // the map's size in target pixels
    int view = 0;           // 0 face, 1 body
    int artIndex = 0;       // FaceMapRenderer::faceArtIndex
    glm::vec3 skin{0.0f};
    glm::vec3 hair{0.0f};
    SkinLayerUniforms layers;
    bool operator==(const SkinPassInputs&) const = default;
};

// The map pass: everything it draws over the skin.
struct MapPassInputs {
    SkinPassInputs skin;
    bool skinCached = false; // false: the pass tints the art itself (no skin cache program)
    glm::vec4 background{0.0f};
    int hover = 0;           // zone ids (index + 1), 0 = none
    int selected = 0;
    std::array<glm::vec4, kFaceMapMaxZones> fill{};
    float pixel = 0.0f;      // map units per pixel
    CoverageUniforms coverage;
    int coverageWidth = 0;   // the coverage grid's size, cells
    int coverageHeight = 0;
    bool operator==(const MapPassInputs&) const = default;
};

// Target pixels [x0, x1) x [y0, y1), rows counted from the top.
struct PixelRect {
    int x0 = 0;
    int y0 = 0;
    int x1 = 0;
    int y1 = 0;
    [[nodiscard]] bool empty() const { return x0 >= x1 || y0 >= y1; }
};

// The pixels whose colour can depend on the given cells of a grid spanning the
// whole map: a cell one away on each side (the coverage texture is filtered
// linearly) and two pixels more for rounding, clipped to the target.
[[nodiscard]] PixelRect pixelsReachedBy(const CellRect& cells, int gridWidth, int gridHeight, const SkinPassInputs& placement);

} // namespace render
