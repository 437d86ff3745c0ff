// The coverage layer of the face map: a per-attempt texture of how many times
// the pen head passed over each cell of the core coverage grid, updated only
// where the grid changed (the new stroke segment's rectangle), and the shader
// uniforms that redden treated skin and show pinpoint bleeding at the endpoint.
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

// Cells [x0, x1) x [y0, y1) of a grid; empty when x0 >= x1 or y0 >= y1.
struct CellRect {
    int x0 = 0;
    int y0 = 0;
    int x1 = 0;
    int y1 = 0;
    [[nodiscard]] bool empty() const { return x0 >= x1 || y0 >= y1; }
};

// The smallest rectangle holding every cell whose byte differs between two
// grids of width x height (both that size).
[[nodiscard]] CellRect changedCells(const std::vector<std::uint8_t>& before, const std::vector<std::uint8_t>& after, int width, int height);

// The uniform values the face shader gets for a coverage grid (compared to
// tell whether the whole map must be drawn again).
struct CoverageUniforms {
    bool shown = false;
    bool heatMap = false;
    std::array<float, 32> passes{};
    std::array<int, 32> bleeds{};
    bool operator==(const CoverageUniforms&) const = default;
};
[[nodiscard]] CoverageUniforms coverageUniforms(const CoverageDraw* draw, bool hasTexture);

// What an update did to the texture.
struct CoverageUpdate {
    GLuint texture = 0;  // to bind (0 when the draw has no counts)
    bool whole = false;  // created, resized or switched to other counts: everything drawn from it changes
    CellRect changed;    // otherwise the cells that changed (empty: none)
};

// Owns the GL texture of one attempt's coverage and a copy of what it holds,
// so a new revision uploads only the rectangle that changed (glTexSubImage2D).
class CoverageTexture {
public:
    [[nodiscard]] CoverageUpdate update(const CoverageDraw& draw);
    // How many uploads happened (whole or partial).
    [[nodiscard]] unsigned uploads() const { return m_uploads; }

private:
    Texture m_texture;
    int m_width = 0;
    int m_height = 0;
    const std::vector<std::uint8_t>* m_source = nullptr;
    unsigned m_revision = 0;
    std::vector<std::uint8_t> m_held; // the texture's contents
    unsigned m_uploads = 0;
};

// Sets uHasCoverage, uCoverage (on texture unit `unit`), uZonePasses, uBleeds and uHeatMap.
void uploadCoverageUniforms(GLuint program, GLuint texture, const CoverageUniforms& uniforms, int unit);

} // namespace render
