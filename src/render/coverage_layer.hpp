// The coverage layer of the face map: a per-attempt texture of how many times
// the pen head passed over each cell of the core coverage grid, uploaded only
// when the grid changes, and the shader uniforms that redden treated skin and
// show pinpoint bleeding at the endpoint.
#pragma once

#include "gl.hpp"
#include "gl_objects.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace render {

// What the face shader needs to show a coverage grid. The grid spans the whole
// map (row 0 at the top, like the zone mask); counts are passes per cell.
struct CoverageDraw {
    int width = 0;
    int height = 0;
    const std::vector<std::uint8_t>* counts = nullptr; // width * height, null: no coverage drawn
    unsigned revision = 0;        // changes whenever counts change, so uploads happen only then
    std::array<float, 32> endpointPasses{}; // per zone index: the planned passes, at which the endpoint shows (0: 3)
    std::array<int, 32> bleedsAtEndpoint{}; // per zone index: 1 when its depth (>= 1.0 mm) bleeds
    bool heatMap = false;         // the debrief's heat map (cividis by passes) instead of reddened skin
};

// Owns the GL texture of one attempt's coverage; re-uploads on a new revision or size.
class CoverageTexture {
public:
    // Returns the texture to bind (0 when draw has no counts).
    GLuint update(const CoverageDraw& draw);
    // How many uploads happened (the bench counts them per frame).
    [[nodiscard]] unsigned uploads() const { return m_uploads; }

private:
    Texture m_texture;
    int m_width = 0;
    int m_height = 0;
    unsigned m_revision = 0;
    bool m_valid = false;
    unsigned m_uploads = 0;
};

// Sets uHasCoverage, uCoverage (on texture unit `unit`), uZonePasses, uBleeds and uHeatMap.
void uploadCoverageUniforms(GLuint program, GLuint texture, const CoverageDraw* draw, int unit);

} // namespace render
