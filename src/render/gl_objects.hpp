// Move-only owners of GL objects: a program, a texture, a framebuffer with its
// colour texture, and a vertex array. Each deletes its object exactly once.
#pragma once

#include "base/diagnostics.hpp"
#include "gl.hpp"

#include <expected>
#include <filesystem>
#include <string>
#include <utility>

namespace render {

template <typename Deleter> class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : m_id(id) {}
    GlHandle(GlHandle&& other) noexcept : m_id(std::exchange(other.m_id, 0)) {}
    GlHandle& operator=(GlHandle&& other) noexcept {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    ~GlHandle() { reset(); }
    void reset() {
        if (m_id != 0) Deleter{}(m_id);
        m_id = 0;
    }
    [[nodiscard]] GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }

private:
    GLuint m_id = 0;
};

struct ProgramDeleter {
    void operator()(GLuint id) const { glDeleteProgram(id); }
};
struct TextureDeleter {
    void operator()(GLuint id) const { glDeleteTextures(1, &id); }
};
struct FramebufferDeleter {
    void operator()(GLuint id) const { glDeleteFramebuffers(1, &id); }
};
struct VertexArrayDeleter {
    void operator()(GLuint id) const { glDeleteVertexArrays(1, &id); }
};

using Program = GlHandle<ProgramDeleter>;
using Texture = GlHandle<TextureDeleter>;
using Framebuffer = GlHandle<FramebufferDeleter>;
using VertexArray = GlHandle<VertexArrayDeleter>;

// Compiles and links a vertex + fragment pair; the error carries the info log.
[[nodiscard]] std::expected<Program, core::Error> buildProgram(const std::string& vertexSource, const std::string& fragmentSource);

// Reads and builds "<name>.vert" + "<name>.frag" from a folder.
[[nodiscard]] std::expected<Program, core::Error> loadProgram(const std::filesystem::path& folder, const std::string& name);
// The same for a pair with different names ("<vertexName>.vert" + "<fragmentName>.frag").
[[nodiscard]] std::expected<Program, core::Error> loadProgram(const std::filesystem::path& folder, const std::string& vertexName,
                                                              const std::string& fragmentName);

// An RGBA8 texture from a PNG (stb_image); the error says what went wrong.
[[nodiscard]] std::expected<Texture, core::Error> loadTexture(const std::filesystem::path& file);

// A single-channel byte texture (e.g. the zone-id mask), nearest filtering.
Texture makeByteTexture(const unsigned char* data, int width, int height);

// A colour render target that is resized on demand.
class RenderTarget {
public:
    bool resize(int width, int height); // false if the framebuffer is incomplete
    void bind() const;
    static void unbind();
    [[nodiscard]] GLuint colourTexture() const { return m_colour.id(); }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }

private:
    Framebuffer m_fbo;
    Texture m_colour;
    int m_width = 0;
    int m_height = 0;
};

} // namespace render
