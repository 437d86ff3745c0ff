// Face map rendering with fallbacks: no illustration -> flat zones; no shader
// file -> a built-in minimal shader; nothing works -> the panel says why.
#include "face_map_renderer.hpp"

#include "model/face_variant.hpp"
#include "terms/zone_raster.hpp"
#include "skin_layer_uniforms.hpp"

#include <algorithm>
#include <array>

namespace render {
namespace {

constexpr int kMaskWidth = 768;
constexpr int kMaskHeight = 1024;
constexpr int kMaxZones = 32;

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

} // namespace

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
        m_program = std::move(*program);
    } else {
        m_warnings.push_back(program.error().summary() + " (using a plain built-in shader)");
        auto fallback = buildProgram(kFallbackVertex, kFallbackFragment);
        if (fallback) {
            m_program = std::move(*fallback);
        } else {
            m_warnings.push_back("the built-in face-map shader failed too: " + fallback.error().summary());
        }
    }
    for (const core::MapView view : {core::MapView::Face, core::MapView::Body}) {
        const std::size_t v = viewIndex(view);
        const bool used = std::any_of(zones.zones().begin(), zones.zones().end(), [&](const core::Zone& z) { return z.view == view; });
        if (!used) continue; // a map without body zones needs no body picture
        auto base = loadTexture(view == core::MapView::Body ? assetsDir / "body" / "body.png" : assetsDir / "face" / "face.png");
        if (base) {
            m_base[v] = std::move(*base);
        } else {
            m_warnings.push_back(base.error().summary() + " (drawing the zones without the illustration)");
        }
        const auto mask = core::rasteriseZones(zones, kMaskWidth, kMaskHeight, view);
        m_mask[v] = makeByteTexture(mask.data(), kMaskWidth, kMaskHeight);
    }
    GLuint vao = 0;
    glGenVertexArrays(1, &vao);
    m_quad = VertexArray(vao);
    m_noGo.assign(kMaxZones, 0);
    m_scalp.assign(kMaxZones, 0);
    for (std::size_t i = 0; i < zones.zones().size() && i < kMaxZones; ++i) {
        m_noGo[i] = zones.zones()[i].noGo ? 1 : 0;
        m_scalp[i] = zones.zones()[i].region == "scalp" ? 1 : 0;
    }
}

unsigned FaceMapRenderer::coverageUploads() const {
    unsigned n = 0;
    for (const auto& c : m_coverage) n += c.uploads();
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

GLuint FaceMapRenderer::render(const FaceMapFrame& frame, int slot) {
    const int w = std::max(frame.width, 1);
    const int h = std::max(frame.height, 1);
    RenderTarget& target = m_targets[static_cast<std::size_t>(std::clamp(slot, 0, 3))];
    if (!target.resize(w, h)) return 0;
    target.bind();
    glDisable(GL_SCISSOR_TEST);
    glClearColor(frame.background.r, frame.background.g, frame.background.b, frame.background.a);
    glClear(GL_COLOR_BUFFER_BIT);
    if (m_program) {
        core::MapViewport viewport = frame.viewport;
        viewport.panelSize = {w, h};
        const glm::dvec2 origin = viewport.mapOrigin();
        const glm::dvec2 size = viewport.mapSize();
        const GLuint p = m_program.id();
        glUseProgram(p);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glUniform2f(glGetUniformLocation(p, "uOrigin"), static_cast<float>(origin.x), static_cast<float>(origin.y));
        glUniform2f(glGetUniformLocation(p, "uSize"), static_cast<float>(size.x), static_cast<float>(size.y));
        glUniform2f(glGetUniformLocation(p, "uTarget"), static_cast<float>(w), static_cast<float>(h));
        const glm::vec3 skin = skinTone(frame.fitzpatrick);
        glUniform3f(glGetUniformLocation(p, "uSkin"), skin.r, skin.g, skin.b);
        const std::size_t v = viewIndex(frame.view);
        const int artIndex = frame.view == core::MapView::Face ? faceArtIndex(frame.faceVariant) : 0;
        const FaceArt* art = artIndex > 0 ? &m_faceArt[static_cast<std::size_t>(artIndex)] : nullptr;
        const glm::vec3 hair = hairTone(artIndex);
        glUniform3f(glGetUniformLocation(p, "uHair"), hair.r, hair.g, hair.b);
        glUniform1i(glGetUniformLocation(p, "uHover"), frame.hoverZone + 1);
        glUniform1i(glGetUniformLocation(p, "uSelected"), frame.selectedZone + 1);
        glUniform1f(glGetUniformLocation(p, "uPixel"), static_cast<float>(1.0 / std::max(size.y, 1.0)));
        std::array<glm::vec4, kMaxZones> fill{};
        for (std::size_t i = 0; i < frame.zoneFill.size() && i < kMaxZones; ++i) fill[i] = frame.zoneFill[i];
        glUniform4fv(glGetUniformLocation(p, "uFill"), kMaxZones, &fill[0].x);
        glUniform1iv(glGetUniformLocation(p, "uNoGo"), kMaxZones, m_noGo.data());
        glUniform1iv(glGetUniformLocation(p, "uScalp"), kMaxZones, m_scalp.data());
        uploadSkinLayers(p, frame.skin, m_zones.aspect());
        const Texture& base = art ? art->base : m_base[v];
        glUniform1i(glGetUniformLocation(p, "uHasBase"), base ? 1 : 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, base.id());
        glUniform1i(glGetUniformLocation(p, "uBase"), 0);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, m_mask[v].id());
        glUniform1i(glGetUniformLocation(p, "uMask"), 1);
        const bool hairMask = art && art->hairMask;
        glUniform1i(glGetUniformLocation(p, "uHasHairMask"), hairMask ? 1 : 0);
        glActiveTexture(GL_TEXTURE2);
        glBindTexture(GL_TEXTURE_2D, hairMask ? art->hairMask.id() : 0);
        glUniform1i(glGetUniformLocation(p, "uHairMask"), 2);
        CoverageTexture& coverage = m_coverage[static_cast<std::size_t>(std::clamp(slot, 0, 3))];
        const GLuint coverageTexture = frame.coverage ? coverage.update(*frame.coverage) : 0;
        uploadCoverageUniforms(p, coverageTexture, frame.coverage, 3);
        glBindVertexArray(m_quad.id());
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        glBindVertexArray(0);
        glActiveTexture(GL_TEXTURE0);
        glUseProgram(0);
    }
    RenderTarget::unbind();
    return target.colourTexture();
}

} // namespace render
