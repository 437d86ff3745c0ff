// Uploads a case's skin condition layers (core's SkinLayerDraw list) to the
// face map shader's uSkin* uniforms; the shader draws each kind in its zone.
#pragma once

#include "gl.hpp"

#include "terms/skin_layers.hpp"

#include <vector>

namespace render {

// `layers` may be null (no layers); at most core::kMaxSkinLayers are sent.
void uploadSkinLayers(GLuint program, const std::vector<core::SkinLayerDraw>* layers, double mapAspect);

} // namespace render
