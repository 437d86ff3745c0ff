// The pixel rectangle a coverage change reaches (see face_map_inputs.hpp).
#include "face_map_inputs.hpp"

#include <algorithm>
#include <cmath>

namespace render {

PixelRect pixelsReachedBy(const CellRect& cells, int gridWidth, int gridHeight, const SkinPassInputs& placement) {
    if (cells.empty() || gridWidth <= 0 || gridHeight <= 0) return {};
    const auto column = [&](int c) { return placement.origin.x + static_cast<float>(c) / static_cast<float>(gridWidth) * placement.size.x; };
    const auto row = [&](int r) { return placement.origin.y + static_cast<float>(r) / static_cast<float>(gridHeight) * placement.size.y; };
    constexpr float kSlack = 2.0f;
    PixelRect p;
    p.x0 = std::max(0, static_cast<int>(std::floor(column(cells.x0 - 1) - kSlack)));
    p.y0 = std::max(0, static_cast<int>(std::floor(row(cells.y0 - 1) - kSlack)));
    p.x1 = std::min(placement.width, static_cast<int>(std::ceil(column(cells.x1 + 1) + kSlack)));
    p.y1 = std::min(placement.height, static_cast<int>(std::ceil(row(cells.y1 + 1) + kSlack)));
    return p.empty() ? PixelRect{} : p;
}

} // namespace render
