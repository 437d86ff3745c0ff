// Frame damage from ImGui draw data (see frame_damage.hpp). A pixel outside
// every damaged rectangle is covered by the same triangles, in the same order,
// over the same texture pixels as last frame, so it keeps its colour.
#include "app/shell/frame_damage.hpp"

#include "render/gl.hpp"

#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace app {
namespace frame_damage_detail {

constexpr std::size_t kMaxRects = 6;
constexpr float kNear = 12.0f; // rectangles this close merge: fewer passes over the draw data

std::uint64_t mix(std::uint64_t h, const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull; // FNV-1a
    return h;
}

DamageRect unite(const DamageRect& a, const DamageRect& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

float area(const DamageRect& r) { return std::max(0.0f, r.x1 - r.x0) * std::max(0.0f, r.y1 - r.y0); }

bool near(const DamageRect& a, const DamageRect& b) {
    return a.x0 <= b.x1 + kNear && b.x0 <= a.x1 + kNear && a.y0 <= b.y1 + kNear && b.y0 <= a.y1 + kNear;
}

} // namespace frame_damage_detail

void FrameDamage::add(const DamageRect& r) {
    using namespace frame_damage_detail;
    DamageRect box{r.x0 - 2.0f, r.y0 - 2.0f, r.x1 + 2.0f, r.y1 + 2.0f}; // anti-aliased fringes and rounding
    for (std::size_t i = 0; i < m_rects.size();) {
        if (near(m_rects[i], box)) {
            box = unite(box, m_rects[i]);
            m_rects.erase(m_rects.begin() + static_cast<std::ptrdiff_t>(i));
            i = 0; // the grown box may now reach an earlier one
        } else {
            ++i;
        }
    }
    m_rects.push_back(box);
    while (m_rects.size() > kMaxRects) {
        // Merge the pair whose union adds the least area.
        std::size_t bestA = 0;
        std::size_t bestB = 1;
        float best = -1.0f;
        for (std::size_t a = 0; a < m_rects.size(); ++a) {
            for (std::size_t b = a + 1; b < m_rects.size(); ++b) {
                const float extra = area(unite(m_rects[a], m_rects[b])) - area(m_rects[a]) - area(m_rects[b]);
                if (best < 0.0f || extra < best) {
                    best = extra;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        m_rects[bestA] = unite(m_rects[bestA], m_rects[bestB]);
        m_rects.erase(m_rects.begin() + static_cast<std::ptrdiff_t>(bestB));
    }
}

void FrameDamage::update(const ImDrawData& data, const std::vector<render::FaceMapRenderer::TargetDamage>& maps, bool whole) {
    using namespace frame_damage_detail;
    std::vector<Triangle> now;
    now.reserve(m_last.size() + 64);
    m_rects.clear();
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList* list = data.CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;
            std::uint64_t base = 14695981039346656037ull;
            base = mix(base, &cmd.TextureId, sizeof cmd.TextureId);
            base = mix(base, &cmd.ClipRect, sizeof cmd.ClipRect);
            DamageRect image{1e9f, 1e9f, -1e9f, -1e9f}; // the command's extent, for a redrawn map texture
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                std::uint64_t key = base;
                DamageRect box{1e9f, 1e9f, -1e9f, -1e9f};
                for (unsigned k = 0; k < 3; ++k) {
                    const ImDrawVert& v = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(cmd.IdxOffset + i + k)])];
                    key = mix(key, &v, sizeof v);
                    box = unite(box, {v.pos.x, v.pos.y, v.pos.x, v.pos.y});
                }
                // What the triangle can touch: its box inside the command's clip rectangle.
                box = {std::max(box.x0, cmd.ClipRect.x), std::max(box.y0, cmd.ClipRect.y), std::min(box.x1, cmd.ClipRect.z),
                       std::min(box.y1, cmd.ClipRect.w)};
                image = unite(image, box);
                now.push_back({key, box});
            }
            for (const auto& map : maps) {
                if (map.texture == 0 || reinterpret_cast<ImTextureID>(static_cast<intptr_t>(map.texture)) != cmd.TextureId || image.x1 < image.x0) continue;
                const float sx = (image.x1 - image.x0) / static_cast<float>(std::max(map.width, 1));
                const float sy = (image.y1 - image.y0) / static_cast<float>(std::max(map.height, 1));
                add({image.x0 + static_cast<float>(map.pixels.x0) * sx, image.y0 + static_cast<float>(map.pixels.y0) * sy,
                     image.x0 + static_cast<float>(map.pixels.x1) * sx, image.y0 + static_cast<float>(map.pixels.y1) * sy});
            }
        }
    }
    // Pair this frame's triangles with last frame's, first with first among equal keys.
    std::unordered_map<std::uint64_t, int> first;
    first.reserve(m_last.size() * 2);
    std::vector<int> next(m_last.size(), -1);
    for (int i = static_cast<int>(m_last.size()) - 1; i >= 0; --i) {
        auto [it, inserted] = first.try_emplace(m_last[static_cast<std::size_t>(i)].key, i);
        if (!inserted) {
            next[static_cast<std::size_t>(i)] = it->second;
            it->second = i;
        }
    }
    std::vector<char> kept(m_last.size(), 0);
    int lastMatched = -1;
    bool reordered = false;
    for (const Triangle& t : now) {
        const auto it = first.find(t.key);
        if (it == first.end() || it->second < 0) {
            add(t.box); // new this frame
            continue;
        }
        const int match = it->second;
        it->second = next[static_cast<std::size_t>(match)];
        kept[static_cast<std::size_t>(match)] = 1;
        reordered = reordered || match < lastMatched; // unchanged triangles drawn in another order blend differently
        lastMatched = match;
    }
    for (std::size_t i = 0; i < m_last.size(); ++i) {
        if (!kept[i]) add(m_last[i].box); // gone this frame
    }
    m_whole = whole || reordered;
    m_last = std::move(now);
}

void renderDamaged(ImDrawData& data, const FrameDamage& damage, const ImVec4& clear, int framebufferWidth, int framebufferHeight) {
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    if (damage.whole()) {
        glDisable(GL_SCISSOR_TEST);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        return;
    }
    const ImVec2 offset = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    std::vector<ImVec4> saved;
    std::vector<ImDrawList*> lists;
    for (const DamageRect& r : damage.rects()) {
        const int x0 = std::clamp(static_cast<int>(std::floor((r.x0 - offset.x) * scale.x)), 0, framebufferWidth);
        const int y0 = std::clamp(static_cast<int>(std::floor((r.y0 - offset.y) * scale.y)), 0, framebufferHeight);
        const int x1 = std::clamp(static_cast<int>(std::ceil((r.x1 - offset.x) * scale.x)), 0, framebufferWidth);
        const int y1 = std::clamp(static_cast<int>(std::ceil((r.y1 - offset.y) * scale.y)), 0, framebufferHeight);
        if (x1 <= x0 || y1 <= y0) continue;
        glEnable(GL_SCISSOR_TEST);
        glScissor(x0, framebufferHeight - y1, x1 - x0, y1 - y0);
        glClear(GL_COLOR_BUFFER_BIT);
        // The same rectangle in display coordinates, whole pixels, as the commands' clip.
        const ImVec4 clip{static_cast<float>(x0) / scale.x + offset.x, static_cast<float>(y0) / scale.y + offset.y,
                          static_cast<float>(x1) / scale.x + offset.x, static_cast<float>(y1) / scale.y + offset.y};
        saved.clear();
        lists.clear();
        for (int l = 0; l < data.CmdListsCount; ++l) {
            ImDrawList* list = data.CmdLists[l];
            bool touches = false;
            for (ImDrawCmd& cmd : list->CmdBuffer) {
                saved.push_back(cmd.ClipRect);
                cmd.ClipRect = {std::max(cmd.ClipRect.x, clip.x), std::max(cmd.ClipRect.y, clip.y), std::min(cmd.ClipRect.z, clip.z),
                                std::min(cmd.ClipRect.w, clip.w)};
                touches = touches || (cmd.ClipRect.z > cmd.ClipRect.x && cmd.ClipRect.w > cmd.ClipRect.y);
            }
            if (touches) lists.push_back(list);
        }
        if (!lists.empty()) {
            ImDrawData part = data;
            part.CmdLists = lists.data();
            part.CmdListsCount = static_cast<int>(lists.size());
            ImGui_ImplOpenGL3_RenderDrawData(&part);
        }
        std::size_t k = 0;
        for (int l = 0; l < data.CmdListsCount; ++l) {
            for (ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) cmd.ClipRect = saved[k++];
        }
    }
    glDisable(GL_SCISSOR_TEST);
}

double FrameDamage::redrawnArea(double width, double height) const {
    if (m_whole) return width * height;
    double sum = 0.0;
    for (const DamageRect& r : m_rects) sum += frame_damage_detail::area(r);
    return sum;
}

} // namespace app
