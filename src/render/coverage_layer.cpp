// Coverage texture upload: an R8 texture holding pass counts (not normalised
// colour), linear-filtered so the reddening follows the stroke smoothly.
#include "coverage_layer.hpp"

#include <algorithm>

namespace render {

GLuint CoverageTexture::update(const CoverageDraw& draw) {
    if (!draw.counts || draw.width <= 0 || draw.height <= 0 ||
        draw.counts->size() < static_cast<std::size_t>(draw.width) * static_cast<std::size_t>(draw.height)) {
        return 0;
    }
    const bool sameSize = m_texture && m_width == draw.width && m_height == draw.height;
    if (sameSize && m_valid && m_revision == draw.revision) return m_texture.id();
    if (!sameSize) {
        GLuint id = 0;
        glGenTextures(1, &id);
        m_texture = Texture(id);
        glBindTexture(GL_TEXTURE_2D, id);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, draw.width, draw.height, 0, GL_RED, GL_UNSIGNED_BYTE, draw.counts->data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        m_width = draw.width;
        m_height = draw.height;
    } else {
        glBindTexture(GL_TEXTURE_2D, m_texture.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, draw.width, draw.height, GL_RED, GL_UNSIGNED_BYTE, draw.counts->data());
    }
    m_revision = draw.revision;
    m_valid = true;
    ++m_uploads;
    return m_texture.id();
}

void uploadCoverageUniforms(GLuint program, GLuint texture, const CoverageDraw* draw, int unit) {
    const bool shown = draw && texture != 0;
    glUniform1i(glGetUniformLocation(program, "uHasCoverage"), shown ? 1 : 0);
    glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
    glBindTexture(GL_TEXTURE_2D, shown ? texture : 0);
    glUniform1i(glGetUniformLocation(program, "uCoverage"), unit);
    if (!shown) return;
    std::array<float, 32> passes{};
    for (std::size_t i = 0; i < passes.size(); ++i) passes[i] = draw->endpointPasses[i] > 0.5f ? draw->endpointPasses[i] : 3.0f;
    glUniform1fv(glGetUniformLocation(program, "uZonePasses"), static_cast<GLsizei>(passes.size()), passes.data());
    glUniform1i(glGetUniformLocation(program, "uHeatMap"), draw->heatMap ? 1 : 0);
    glUniform1iv(glGetUniformLocation(program, "uBleeds"), static_cast<GLsizei>(draw->bleedsAtEndpoint.size()), draw->bleedsAtEndpoint.data());
}

} // namespace render
