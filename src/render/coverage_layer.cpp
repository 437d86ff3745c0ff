// Coverage texture upload: an R8 texture holding pass counts (not normalised
// colour), linear-filtered so the reddening follows the stroke smoothly. After
// the first upload only the changed rectangle goes to the texture: a stroke
// segment touches a few dozen of the grid's 170,000 cells.
#include "coverage_layer.hpp"

#include <algorithm>
#include <cstring>

namespace render {

CellRect changedCells(const std::vector<std::uint8_t>& before, const std::vector<std::uint8_t>& after, int width, int height) {
    CellRect r{width, height, 0, 0};
    const auto w = static_cast<std::size_t>(width);
    for (int y = 0; y < height; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * w;
        if (std::memcmp(before.data() + row, after.data() + row, w) == 0) continue;
        int first = 0;
        while (before[row + static_cast<std::size_t>(first)] == after[row + static_cast<std::size_t>(first)]) ++first;
        int last = width - 1;
        while (before[row + static_cast<std::size_t>(last)] == after[row + static_cast<std::size_t>(last)]) --last;
        r.x0 = std::min(r.x0, first);
        r.x1 = std::max(r.x1, last + 1);
        r.y0 = std::min(r.y0, y);
        r.y1 = y + 1;
    }
    return r.empty() ? CellRect{} : r;
}

CoverageUpdate CoverageTexture::update(const CoverageDraw& draw) {
    const std::size_t cells = static_cast<std::size_t>(std::max(draw.width, 0)) * static_cast<std::size_t>(std::max(draw.height, 0));
    if (!draw.counts || cells == 0 || draw.counts->size() < cells) return {};
    const bool sameSize = m_texture && m_width == draw.width && m_height == draw.height;
    if (sameSize && m_source == draw.counts && m_revision == draw.revision) return {m_texture.id(), false, {}};
    const bool switched = m_source != draw.counts; // another attempt's or map's counts: redraw all of it
    m_source = draw.counts;
    m_revision = draw.revision;
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (!sameSize) {
        GLuint id = 0;
        glGenTextures(1, &id);
        m_texture = Texture(id);
        glBindTexture(GL_TEXTURE_2D, id);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, draw.width, draw.height, 0, GL_RED, GL_UNSIGNED_BYTE, draw.counts->data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        m_width = draw.width;
        m_height = draw.height;
        m_held.assign(draw.counts->begin(), draw.counts->begin() + static_cast<std::ptrdiff_t>(cells));
        ++m_uploads;
        return {m_texture.id(), true, {}};
    }
    const CellRect changed = changedCells(m_held, *draw.counts, m_width, m_height);
    if (changed.empty()) return {m_texture.id(), switched, {}};
    // Only the changed rectangle: rows of the full grid, read with a row length and offsets.
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ROW_LENGTH, m_width);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, changed.x0);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, changed.y0);
    glTexSubImage2D(GL_TEXTURE_2D, 0, changed.x0, changed.y0, changed.x1 - changed.x0, changed.y1 - changed.y0, GL_RED, GL_UNSIGNED_BYTE,
                    draw.counts->data());
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    for (int y = changed.y0; y < changed.y1; ++y) {
        const auto from = static_cast<std::ptrdiff_t>(y) * m_width;
        std::copy(draw.counts->begin() + from + changed.x0, draw.counts->begin() + from + changed.x1, m_held.begin() + from + changed.x0);
    }
    ++m_uploads;
    return {m_texture.id(), switched, changed};
}

CoverageUniforms coverageUniforms(const CoverageDraw* draw, bool hasTexture) {
    CoverageUniforms u;
    u.shown = draw && hasTexture;
    if (!u.shown) return u;
    for (std::size_t i = 0; i < u.passes.size(); ++i) u.passes[i] = draw->endpointPasses[i] > 0.5f ? draw->endpointPasses[i] : 3.0f;
    u.bleeds = draw->bleedsAtEndpoint;
    u.heatMap = draw->heatMap;
    return u;
}

void uploadCoverageUniforms(GLuint program, GLuint texture, const CoverageUniforms& uniforms, int unit) {
    glUniform1i(glGetUniformLocation(program, "uHasCoverage"), uniforms.shown ? 1 : 0);
    glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
    glBindTexture(GL_TEXTURE_2D, uniforms.shown ? texture : 0);
    glUniform1i(glGetUniformLocation(program, "uCoverage"), unit);
    if (!uniforms.shown) return;
    glUniform1fv(glGetUniformLocation(program, "uZonePasses"), static_cast<GLsizei>(uniforms.passes.size()), uniforms.passes.data());
    glUniform1i(glGetUniformLocation(program, "uHeatMap"), uniforms.heatMap ? 1 : 0);
    glUniform1iv(glGetUniformLocation(program, "uBleeds"), static_cast<GLsizei>(uniforms.bleeds.size()), uniforms.bleeds.data());
}

} // namespace render
