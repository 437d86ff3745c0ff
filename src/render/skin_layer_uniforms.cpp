// Skin layer uniforms: two vec4 per layer (centre, radius, severity; kind,
// zone id, seed, stroke angle), as shaders/face_map.frag reads them.
#include "skin_layer_uniforms.hpp"

#include <algorithm>
#include <array>

namespace render {

void uploadSkinLayers(GLuint program, const std::vector<core::SkinLayerDraw>* layers, double mapAspect) {
    const std::size_t n = layers ? std::min(layers->size(), core::kMaxSkinLayers) : 0;
    glUniform1i(glGetUniformLocation(program, "uSkinCount"), static_cast<GLint>(n));
    glUniform1f(glGetUniformLocation(program, "uAspect"), static_cast<float>(mapAspect));
    if (n == 0) return;
    std::array<float, core::kMaxSkinLayers * 4> a{};
    std::array<float, core::kMaxSkinLayers * 4> b{};
    for (std::size_t i = 0; i < n; ++i) {
        const core::SkinLayerDraw& d = (*layers)[i];
        a[i * 4 + 0] = static_cast<float>(d.centre.x);
        a[i * 4 + 1] = static_cast<float>(d.centre.y);
        a[i * 4 + 2] = static_cast<float>(d.radius);
        a[i * 4 + 3] = static_cast<float>(d.severity);
        b[i * 4 + 0] = static_cast<float>(d.kind);
        b[i * 4 + 1] = static_cast<float>(d.zone + 1); // the mask's value for the zone
        b[i * 4 + 2] = static_cast<float>(d.seed);
        b[i * 4 + 3] = static_cast<float>(d.angle);
    }
    glUniform4fv(glGetUniformLocation(program, "uSkinA"), static_cast<GLsizei>(n), a.data());
    glUniform4fv(glGetUniformLocation(program, "uSkinB"), static_cast<GLsizei>(n), b.data());
}

} // namespace render
