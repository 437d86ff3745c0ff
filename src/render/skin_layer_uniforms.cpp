// Skin layer uniforms: two vec4 per layer (centre, radius, severity; kind,
// zone id, seed, stroke angle), as shaders/face_skin_layers.glsl reads them.
#include "skin_layer_uniforms.hpp"

#include <algorithm>

namespace render {

SkinLayerUniforms packSkinLayers(const std::vector<core::SkinLayerDraw>* layers, double mapAspect) {
    SkinLayerUniforms u;
    const std::size_t n = layers ? std::min(layers->size(), core::kMaxSkinLayers) : 0;
    u.count = static_cast<int>(n);
    u.aspect = static_cast<float>(mapAspect);
    for (std::size_t i = 0; i < n; ++i) {
        const core::SkinLayerDraw& d = (*layers)[i];
        u.a[i * 4 + 0] = static_cast<float>(d.centre.x);
        u.a[i * 4 + 1] = static_cast<float>(d.centre.y);
        u.a[i * 4 + 2] = static_cast<float>(d.radius);
        u.a[i * 4 + 3] = static_cast<float>(d.severity);
        u.b[i * 4 + 0] = static_cast<float>(d.kind);
        u.b[i * 4 + 1] = static_cast<float>(d.zone + 1); // the mask's value for the zone
        u.b[i * 4 + 2] = static_cast<float>(d.seed);
        u.b[i * 4 + 3] = static_cast<float>(d.angle);
    }
    return u;
}

void uploadSkinLayers(GLuint program, const SkinLayerUniforms& layers) {
    glUniform1i(glGetUniformLocation(program, "uSkinCount"), layers.count);
    glUniform1f(glGetUniformLocation(program, "uAspect"), layers.aspect);
    if (layers.count == 0) return;
    glUniform4fv(glGetUniformLocation(program, "uSkinA"), layers.count, layers.a.data());
    glUniform4fv(glGetUniformLocation(program, "uSkinB"), layers.count, layers.b.data());
}

} // namespace render
