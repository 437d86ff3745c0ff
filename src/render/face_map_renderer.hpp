// Draws the face map into an offscreen target that the UI shows with
// ImGui::Image: the illustration tinted per skin type, the zone-id mask for
// highlights and overlays, all from the shaders in shaders/. One illustration
// and one mask per view (face, body); the zone ids are the map's on both. The
// face view draws the frame's face variant (assets/face/variants/<id>.png and
// its hair mask), loaded on first use; face.png stands in for a missing one.
// Two passes per slot, each run only when its inputs change: the skin cache
// (art, tone, condition layers: costly per pixel) and the map pass over it
// (coverage, overlays, outlines), which a new stroke segment redraws only in
// the rectangle it changed. An unchanged frame draws nothing.
#pragma once

#include "coverage_layer.hpp"
#include "face_map_inputs.hpp"
#include "gl_objects.hpp"

#include "base/map_viewport.hpp"
#include "terms/skin_layers.hpp"
#include "terms/zone_map.hpp"

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <array>
#include <filesystem>
#include <optional>
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
    // Coverage texture uploads so far, over all slots.
    [[nodiscard]] unsigned coverageUploads() const;
    // Passes drawn so far, over all slots: skin caches, whole maps, and map
    // rectangles redrawn for a coverage change (the bench and tests read them).
    struct PassCounts {
        unsigned skin = 0;
        unsigned wholeMap = 0;
        unsigned partialMap = 0;
    };
    [[nodiscard]] const PassCounts& passCounts() const { return m_passCounts; }
    // The slot targets drawn into since the last call, with the pixels drawn
    // (rows from the top), so the window redraws only where a map changed.
    struct TargetDamage {
        GLuint texture = 0;
        int width = 0;
        int height = 0;
        PixelRect pixels;
    };
    [[nodiscard]] std::vector<TargetDamage> takeTargetDamage();
    // The pen bench's frame split: while on, render() waits for GL before and
    // after its passes (glFinish) and adds their wall time; take resets the sum.
    void setTimed(bool on) { m_timed = on; }
    [[nodiscard]] double takeTimedMs();

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
    struct Slot {
        RenderTarget target;  // what the UI shows
        RenderTarget skin;    // the skin cache, same size
        CoverageTexture coverage;
        std::optional<SkinPassInputs> skinDrawn; // what the cache holds
        std::optional<MapPassInputs> mapDrawn;   // what the target holds
        PixelRect damage;                        // drawn since takeTargetDamage
    };
    glm::vec3 hairTone(int artIndex) const;
    GLuint renderPasses(const FaceMapFrame& frame, int slot);
    [[nodiscard]] SkinPassInputs skinInputs(const FaceMapFrame& frame, int width, int height);
    void bindArt(GLuint program, const SkinPassInputs& in) const;
    void drawSkinPass(Slot& slot, const SkinPassInputs& in);
    void drawMapPass(Slot& slot, const MapPassInputs& in, GLuint coverageTexture, const CellRect& only);

    const core::ZoneMap& m_zones;
    std::filesystem::path m_assetsDir;
    std::vector<FaceArt> m_faceArt; // index 1 + variant; slot 0 unused (face.png is m_base[0])
    Program m_program;     // the map pass (face_map.*), or a built-in flat one
    Program m_skinProgram; // the skin cache pass (face_map.vert + face_skin.frag); none: the map pass tints the art itself
    std::array<Texture, 2> m_base; // by view: face, body
    std::array<Texture, 2> m_mask;
    VertexArray m_quad;
    std::array<Slot, 4> m_slots; // one per map shown at once
    PassCounts m_passCounts;
    std::vector<int> m_noGo;
    std::vector<int> m_scalp;
    std::vector<std::string> m_warnings;
    bool m_timed = false;
    long long m_timedNs = 0;
};

} // namespace render
