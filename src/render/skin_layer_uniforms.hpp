// Packs a case's skin condition layers (core's SkinLayerDraw list) into the
// face shaders' uSkin* uniform values and uploads them; the packed values are
// compared to tell whether the skin cache must be drawn again.
#pragma once

#include "gl.hpp"

#include "terms/skin_layers.hpp"

#include <array>
#include <vector>

namespace render {

struct SkinLayerUniforms {
    int count = 0;       // uSkinCount
    float aspect = 1.0f; // uAspect
    std::array<float, core::kMaxSkinLayers * 4> a{}; // uSkinA: centre, radius, severity
    std::array<float, core::kMaxSkinLayers * 4> b{}; // uSkinB: kind, zone id, seed, angle
    bool operator==(const SkinLayerUniforms&) const = default;
};

// `layers` may be null (no layers); at most core::kMaxSkinLayers are packed.
[[nodiscard]] SkinLayerUniforms packSkinLayers(const std::vector<core::SkinLayerDraw>* layers, double mapAspect);
void uploadSkinLayers(GLuint program, const SkinLayerUniforms& layers);

} // namespace render
