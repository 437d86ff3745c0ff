// Draws the face map into an offscreen target that the UI shows with
// ImGui::Image: the illustration tinted per skin type, the zone-id mask for
// highlights and overlays, all from the shaders in shaders/. One illustration
// and one mask per view (face, body); the zone ids are the map's on both. The
// face view draws the frame's face variant (assets/face/variants/<id>.png and
// its hair mask), loaded on first use; face.png stands in for a missing one.
#pragma once

#include "coverage_layer.hpp"
#include "gl_objects.hpp"

#include "base/map_viewport.hpp"
#include "terms/skin_layers.hpp"
#include "terms/zone_map.hpp"

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace render {

struct FaceMapFrame {
    int width = 1;                     // target size in pixels
    int height = 1;
    int fitzpatrick = 3;               // 1-6
    int hoverZone = -1;                // zone index in the map, -1 = none
    int selectedZone = -1;
    std::vector<glm::vec4> zoneFill;   // per zone index: overlay colour, alpha = strength
    core::MapViewport viewport;        // panelSize is overwritten with width x height
    core::MapView view = core::MapView::Face; // which picture and zones
    std::string faceVariant;           // core::faceVariants() id; empty or unknown: face.png
    glm::vec4 background{0.0f, 0.0f, 0.0f, 0.0f};
    const std::vector<core::SkinLayerDraw>* skin = nullptr; // the case's conditions, worked out once per case
    const CoverageDraw* coverage = nullptr; // perform mode: the attempt's pass counts (null: none drawn)
};

class FaceMapRenderer {
public:
    // Never fails outright: missing art or shaders fall back and say so in warnings().
    FaceMapRenderer(const core::ZoneMap& zones, const std::filesystem::path& assetsDir, const std::filesystem::path& shaderDir);

    // Renders into target `slot` (0-3: one per map shown at once) and
    // returns its colour texture (rows bottom-up).
    GLuint render(const FaceMapFrame& frame, int slot = 0);

    [[nodiscard]] const std::vector<std::string>& warnings() const { return m_warnings; }
    [[nodiscard]] bool usable() const { return static_cast<bool>(m_program); }
    // Coverage texture uploads so far, over all slots (the bench reads it).
    [[nodiscard]] unsigned coverageUploads() const;

    // The RGB skin tone used for a Fitzpatrick type (also used by the legend).
    static glm::vec3 skinTone(int fitzpatrick);

    // The texture index the face view uses for a variant id: 1 + its place in
    // core::faceVariants(), or 0 (face.png) when the id is unknown or its art is missing.
    int faceArtIndex(const std::string& faceVariant);

private:
    struct FaceArt {
        Texture base;
        Texture hairMask; // optional: without it the scalp zones are hair
        bool tried = false;
    };
    glm::vec3 hairTone(int artIndex) const;

    const core::ZoneMap& m_zones;
    std::filesystem::path m_assetsDir;
    std::vector<FaceArt> m_faceArt; // index 1 + variant; slot 0 unused (face.png is m_base[0])
    Program m_program;
    std::array<Texture, 2> m_base; // by view: face, body
    std::array<Texture, 2> m_mask;
    VertexArray m_quad;
    std::array<RenderTarget, 4> m_targets;
    std::array<CoverageTexture, 4> m_coverage; // by slot, uploaded only when the grid changes
    std::vector<int> m_noGo;
    std::vector<int> m_scalp;
    std::vector<std::string> m_warnings;
};

} // namespace render
