// The parts of the window that changed since the last frame drawn, worked out
// from ImGui's draw data (triangles new or gone, face map pixels redrawn), and
// drawing only those: on software GL a full 1920x1080 redraw costs more than a
// frame's budget, while a pen stroke changes a few small rectangles. Only for
// a frame target that keeps its pixels between frames (the offscreen one).
#pragma once

#include "render/face_map_renderer.hpp"

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace app {

// Display coordinates (ImGui's), [x0, x1) x [y0, y1).
struct DamageRect {
    float x0 = 0.0f;
    float y0 = 0.0f;
    float x1 = 0.0f;
    float y1 = 0.0f;
};

class FrameDamage {
public:
    // Compares this frame's triangles with the last frame's. `maps` are the
    // face map targets redrawn since; `whole` forces a full redraw (first
    // frame, new size or scale, a frame target that does not keep its pixels).
    void update(const ImDrawData& data, const std::vector<render::FaceMapRenderer::TargetDamage>& maps, bool whole);
    [[nodiscard]] bool whole() const { return m_whole; }
    [[nodiscard]] const std::vector<DamageRect>& rects() const { return m_rects; }
    // The area to redraw, in display units squared: the whole `width` x `height` when whole.
    [[nodiscard]] double redrawnArea(double width, double height) const;

private:
    struct Triangle {
        std::uint64_t key = 0; // vertices, texture and clip rectangle
        DamageRect box;
    };
    std::vector<Triangle> m_last;
    std::vector<DamageRect> m_rects;
    bool m_whole = true;
    void add(const DamageRect& r);
};

// Draws the frame: everything when the damage is whole, else only inside its
// rectangles (each cleared to `clear`, then the commands clipped to it).
void renderDamaged(ImDrawData& data, const FrameDamage& damage, const ImVec4& clear, int framebufferWidth, int framebufferHeight);

} // namespace app
