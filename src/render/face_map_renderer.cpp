// Face map rendering with fallbacks: no illustration -> flat zones; no shader
// file -> a built-in minimal shader; nothing works -> the panel says why.
#include "face_map_renderer.hpp"

#include "model/face_variant.hpp"
#include "terms/zone_raster.hpp"
#include "skin_layer_uniforms.hpp"

#include "base/clocks.hpp"

#include <algorithm>
#include <array>

namespace render {
namespace face_map_renderer_detail {

constexpr int kMaskWidth = 768;
constexpr int kMaskHeight = 1024;
constexpr int kMaxZones = kFaceMapMaxZones;

std::size_t viewIndex(core::MapView view) { return view == core::MapView::Body ? 1 : 0; }

// Used only when shaders/face_map.* cannot be built: flat tinted zones.
const char* kFallbackVertex = R"(#version 330 core
uniform vec2 uOrigin; uniform vec2 uSize; uniform vec2 uTarget; out vec2 vMap;
const vec2 k[4] = vec2[](vec2(0.0,0.0), vec2(1.0,0.0), vec2(0.0,1.0), vec2(1.0,1.0));
void main() { vec2 c = k[gl_VertexID]; vec2 p = uOrigin + c * uSize; vMap = c;
  gl_Position = vec4(p.x / uTarget.x * 2.0 - 1.0, 1.0 - p.y / uTarget.y * 2.0, 0.0, 1.0); })";
const char* kFallbackFragment = R"(#version 330 core
in vec2 vMap; out vec4 fragColour; uniform sampler2D uMask; uniform vec3 uSkin; uniform vec4 uFill[32];
void main() { int id = int(texture(uMask, vMap).r * 255.0 + 0.5); if (id == 0) discard;
  fragColour = vec4(mix(uSkin, uFill[id - 1].rgb, uFill[id - 1].a), 1.0); })";

} // namespace face_map_renderer_detail

glm::vec3 FaceMapRenderer::skinTone(int fitzpatrick) {
    // Representative tones for types I-VI (light to deeply pigmented).
    static const std::array<glm::vec3, 6> tones{glm::vec3{0.97f, 0.87f, 0.80f}, glm::vec3{0.94f, 0.79f, 0.68f},
                                                glm::vec3{0.86f, 0.67f, 0.52f}, glm::vec3{0.72f, 0.51f, 0.36f},
                                                glm::vec3{0.53f, 0.36f, 0.24f}, glm::vec3{0.34f, 0.23f, 0.16f}};
    return tones[static_cast<std::size_t>(std::clamp(fitzpatrick, 1, 6) - 1)];
}

FaceMapRenderer::FaceMapRenderer(const core::ZoneMap& zones, const std::filesystem::path& assetsDir,
                                 const std::filesystem::path& shaderDir)
    : m_zones(zones), m_assetsDir(assetsDir), m_faceArt(core::faceVariants().size() + 1) {
    auto program = loadProgram(shaderDir, "face_map");
    if (program) {
        // The skin cache pass shares the map pass's vertex shader (same quad, pixel for pixel).
        auto skinProgram = loadProgram(shaderDir, "face_map", "face_skin");
        if (skinProgram) {
            m_skinProgram = std::move(*skinProgram);
        } else {
            m_warnings.push_back(skinProgram.error().summary() + " (drawing the face without its skin conditions)");
        }
    }
    if (program) {
        m_program = std::move(*program);
    } else {
        m_warnings.push_back(program.error().summary() + " (using a plain built-in shader)");
        auto fallback = buildProgram(face_map_renderer_detail::kFallbackVertex, face_map_renderer_detail::kFallbackFragment);
        if (fallback) {
            m_program = std::move(*fallback);
        } else {
            m_warnings.push_back("the built-in face-map shader failed too: " + fallback.error().summary());
        }
    }
    for (const core::MapView view : {core::MapView::Face, core::MapView::Body}) {
        const std::size_t v = face_map_renderer_detail::viewIndex(view);
        const bool used = std::any_of(zones.zones().begin(), zones.zones().end(), [&](const core::Zone& z) { return z.view == view; });
        if (!used) continue; // a map without body zones needs no body picture
        auto base = loadTexture(view == core::MapView::Body ? assetsDir / "body" / "body.png" : assetsDir / "face" / "face.png");
        if (base) {
            m_base[v] = std::move(*base);
        } else {
            m_warnings.push_back(base.error().summary() + " (drawing the zones without the illustration)");
        }
        const auto mask = core::rasteriseZones(zones, face_map_renderer_detail::kMaskWidth, face_map_renderer_detail::kMaskHeight, view);
        m_mask[v] = makeByteTexture(mask.data(), face_map_renderer_detail::kMaskWidth, face_map_renderer_detail::kMaskHeight);
    }
    GLuint vao = 0;
    glGenVertexArrays(1, &vao);
    m_quad = VertexArray(vao);
    m_noGo.assign(face_map_renderer_detail::kMaxZones, 0);
    m_scalp.assign(face_map_renderer_detail::kMaxZones, 0);
    for (std::size_t i = 0; i < zones.zones().size() && i < face_map_renderer_detail::kMaxZones; ++i) {
        m_noGo[i] = zones.zones()[i].noGo ? 1 : 0;
        m_scalp[i] = zones.zones()[i].region == "scalp" ? 1 : 0;
    }
}

unsigned FaceMapRenderer::coverageUploads() const {
    unsigned n = 0;
    for (const auto& s : m_slots) n += s.coverage.uploads();
    return n;
}

int FaceMapRenderer::faceArtIndex(const std::string& faceVariant) {
    const auto& variants = core::faceVariants();
    const auto it = std::find_if(variants.begin(), variants.end(), [&](const core::FaceVariant& v) { return v.id == faceVariant; });
    if (it == variants.end()) return 0;
    const int index = 1 + static_cast<int>(it - variants.begin());
    FaceArt& art = m_faceArt[static_cast<std::size_t>(index)];
    if (!art.tried) {
        // Loaded on first use: a session shows a few faces, not all of them.
        art.tried = true;
        const std::filesystem::path dir = m_assetsDir / "face" / "variants";
        if (auto base = loadTexture(dir / (faceVariant + ".png"))) {
            art.base = std::move(*base);
            if (auto mask = loadTexture(dir / (faceVariant + ".hair.png"))) {
                art.hairMask = std::move(*mask);
            } else {
                m_warnings.push_back(mask.error().summary() + " (the scalp zones are drawn as hair)");
            }
        } else {
            m_warnings.push_back(base.error().summary() + " (drawing face.png instead)");
        }
    }
    return art.base ? index : 0;
}

glm::vec3 FaceMapRenderer::hairTone(int artIndex) const {
    const auto& variants = core::faceVariants();
    const bool grey = artIndex > 0 && variants[static_cast<std::size_t>(artIndex - 1)].greyHair();
    return grey ? glm::vec3{0.80f, 0.79f, 0.77f} : glm::vec3{0.36f, 0.30f, 0.27f};
}

double FaceMapRenderer::takeTimedMs() {
    const double ms = static_cast<double>(m_timedNs) / 1e6;
    m_timedNs = 0;
    return ms;
}

GLuint FaceMapRenderer::render(const FaceMapFrame& frame, int slot) {
    if (m_timed) glFinish();
    const long long started = m_timed ? core::monotonicNs() : 0;
    const GLuint texture = renderPasses(frame, slot);
    if (m_timed) {
        glFinish();
        m_timedNs += core::monotonicNs() - started;
    }
    return texture;
}

SkinPassInputs FaceMapRenderer::skinInputs(const FaceMapFrame& frame, int width, int height) {
    SkinPassInputs in;
    in.width = width;
    in.height = height;
    core::MapViewport viewport = frame.viewport;
    viewport.panelSize = {width, height};
    const glm::dvec2 origin = viewport.mapOrigin();
    const glm::dvec2 size = viewport.mapSize();
    in.origin = {static_cast<float>(origin.x), static_cast<float>(origin.y)};
    in.size = {static_cast<float>(size.x), static_cast<float>(size.y)};
    in.view = static_cast<int>(face_map_renderer_detail::viewIndex(frame.view));
    in.artIndex = frame.view == core::MapView::Face ? faceArtIndex(frame.faceVariant) : 0;
    in.skin = skinTone(frame.fitzpatrick);
    in.hair = hairTone(in.artIndex);
    in.layers = packSkinLayers(frame.skin, m_zones.aspect());
    return in;
}

GLuint FaceMapRenderer::renderPasses(const FaceMapFrame& frame, int slotIndex) {
    const int w = std::max(frame.width, 1);
    const int h = std::max(frame.height, 1);
    Slot& slot = m_slots[static_cast<std::size_t>(std::clamp(slotIndex, 0, 3))];
    if (slot.target.width() != w || slot.target.height() != h) slot.mapDrawn.reset();
    if (!slot.target.resize(w, h)) return 0;
    if (!m_program) {
        slot.target.bind();
        glDisable(GL_SCISSOR_TEST);
        glClearColor(frame.background.r, frame.background.g, frame.background.b, frame.background.a);
        glClear(GL_COLOR_BUFFER_BIT);
        RenderTarget::unbind();
        slot.damage = {0, 0, w, h};
        return slot.target.colourTexture();
    }
    MapPassInputs in;
    in.skin = skinInputs(frame, w, h);
    bool skinRedrawn = false;
    if (m_skinProgram) {
        if (slot.skin.width() != w || slot.skin.height() != h) slot.skinDrawn.reset();
        in.skinCached = slot.skin.resize(w, h);
        if (in.skinCached && slot.skinDrawn != in.skin) {
            drawSkinPass(slot, in.skin);
            skinRedrawn = true;
        }
    }
    in.background = frame.background;
    in.hover = frame.hoverZone + 1;
    in.selected = frame.selectedZone + 1;
    for (std::size_t i = 0; i < frame.zoneFill.size() && i < in.fill.size(); ++i) in.fill[i] = frame.zoneFill[i];
    in.pixel = 1.0f / std::max(in.skin.size.y, 1.0f);
    // Before any texture unit is set up for the pass: the upload binds the coverage texture.
    glActiveTexture(GL_TEXTURE3);
    const CoverageUpdate coverage = frame.coverage ? slot.coverage.update(*frame.coverage) : CoverageUpdate{};
    in.coverage = coverageUniforms(frame.coverage, coverage.texture != 0);
    if (in.coverage.shown) {
        in.coverageWidth = frame.coverage->width;
        in.coverageHeight = frame.coverage->height;
    }
    const bool whole = skinRedrawn || coverage.whole || slot.mapDrawn != in;
    if (!whole && coverage.changed.empty()) return slot.target.colourTexture(); // nothing new to draw
    drawMapPass(slot, in, coverage.texture, whole ? CellRect{} : coverage.changed);
    slot.mapDrawn = in;
    return slot.target.colourTexture();
}

} // namespace render
