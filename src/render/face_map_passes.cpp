// The face map's two passes (see face_map_renderer.hpp): the skin cache, drawn
// without blending into its own target, and the map pass over it into the
// slot's target, whole or clipped (scissor) to the pixels a coverage change reaches.
#include "face_map_renderer.hpp"

#include <algorithm>

namespace render {

void FaceMapRenderer::bindArt(GLuint p, const SkinPassInputs& in) const {
    glUniform2f(glGetUniformLocation(p, "uOrigin"), in.origin.x, in.origin.y);
    glUniform2f(glGetUniformLocation(p, "uSize"), in.size.x, in.size.y);
    glUniform2f(glGetUniformLocation(p, "uTarget"), static_cast<float>(in.width), static_cast<float>(in.height));
    glUniform3f(glGetUniformLocation(p, "uSkin"), in.skin.r, in.skin.g, in.skin.b);
    glUniform3f(glGetUniformLocation(p, "uHair"), in.hair.r, in.hair.g, in.hair.b);
    glUniform1iv(glGetUniformLocation(p, "uScalp"), static_cast<GLsizei>(m_scalp.size()), m_scalp.data());
    uploadSkinLayers(p, in.layers);
    const FaceArt* art = in.artIndex > 0 ? &m_faceArt[static_cast<std::size_t>(in.artIndex)] : nullptr;
    const Texture& base = art ? art->base : m_base[static_cast<std::size_t>(in.view)];
    glUniform1i(glGetUniformLocation(p, "uHasBase"), base ? 1 : 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, base.id());
    glUniform1i(glGetUniformLocation(p, "uBase"), 0);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, m_mask[static_cast<std::size_t>(in.view)].id());
    glUniform1i(glGetUniformLocation(p, "uMask"), 1);
    const bool hairMask = art && art->hairMask;
    glUniform1i(glGetUniformLocation(p, "uHasHairMask"), hairMask ? 1 : 0);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, hairMask ? art->hairMask.id() : 0);
    glUniform1i(glGetUniformLocation(p, "uHairMask"), 2);
}

std::vector<FaceMapRenderer::TargetDamage> FaceMapRenderer::takeTargetDamage() {
    std::vector<TargetDamage> out;
    for (Slot& slot : m_slots) {
        if (slot.damage.empty()) continue;
        out.push_back({slot.target.colourTexture(), slot.target.width(), slot.target.height(), slot.damage});
        slot.damage = {};
    }
    return out;
}

void FaceMapRenderer::drawSkinPass(Slot& slot, const SkinPassInputs& in) {
    slot.skin.bind();
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND); // the cache holds the colour and the art's alpha as computed
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const GLuint p = m_skinProgram.id();
    glUseProgram(p);
    bindArt(p, in);
    glBindVertexArray(m_quad.id());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glActiveTexture(GL_TEXTURE0);
    glUseProgram(0);
    slot.skinDrawn = in;
    ++m_passCounts.skin;
}

void FaceMapRenderer::drawMapPass(Slot& slot, const MapPassInputs& in, GLuint coverageTexture, const CellRect& only) {
    slot.target.bind();
    const auto addDamage = [&](const PixelRect& px) {
        PixelRect& d = slot.damage;
        d = d.empty() ? px : PixelRect{std::min(d.x0, px.x0), std::min(d.y0, px.y0), std::max(d.x1, px.x1), std::max(d.y1, px.y1)};
    };
    if (only.empty()) {
        glDisable(GL_SCISSOR_TEST);
        ++m_passCounts.wholeMap;
        addDamage({0, 0, in.skin.width, in.skin.height});
    } else {
        const PixelRect px = pixelsReachedBy(only, in.coverageWidth, in.coverageHeight, in.skin);
        if (px.empty()) {
            RenderTarget::unbind();
            return; // the change is off the target (a zoomed-in view)
        }
        // GL counts scissor rows from the bottom; the map's pixel rows run from the top.
        glEnable(GL_SCISSOR_TEST);
        glScissor(px.x0, in.skin.height - px.y1, px.x1 - px.x0, px.y1 - px.y0);
        ++m_passCounts.partialMap;
        addDamage(px);
    }
    glClearColor(in.background.r, in.background.g, in.background.b, in.background.a);
    glClear(GL_COLOR_BUFFER_BIT);
    const GLuint p = m_program.id();
    glUseProgram(p);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    bindArt(p, in.skin);
    glUniform1i(glGetUniformLocation(p, "uHover"), in.hover);
    glUniform1i(glGetUniformLocation(p, "uSelected"), in.selected);
    glUniform1f(glGetUniformLocation(p, "uPixel"), in.pixel);
    glUniform4fv(glGetUniformLocation(p, "uFill"), static_cast<GLsizei>(in.fill.size()), &in.fill[0].x);
    glUniform1iv(glGetUniformLocation(p, "uNoGo"), static_cast<GLsizei>(m_noGo.size()), m_noGo.data());
    glUniform1i(glGetUniformLocation(p, "uHasSkinCache"), in.skinCached ? 1 : 0);
    glActiveTexture(GL_TEXTURE4);
    glBindTexture(GL_TEXTURE_2D, in.skinCached ? slot.skin.colourTexture() : 0);
    glUniform1i(glGetUniformLocation(p, "uSkinCache"), 4);
    uploadCoverageUniforms(p, coverageTexture, in.coverage, 3);
    glBindVertexArray(m_quad.id());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
    glActiveTexture(GL_TEXTURE0);
    glUseProgram(0);
    RenderTarget::unbind();
}

} // namespace render
