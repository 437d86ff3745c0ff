// GL object creation with errors turned into messages, never crashes.
#include "gl_objects.hpp"
#include "base/bounded_read.hpp"

#include <stb/stb_image.h>

#include <fstream>
#include <sstream>

namespace render {
namespace {

std::expected<GLuint, core::Error> compile(GLenum type, const std::string& source, const char* what) {
    const GLuint shader = glCreateShader(type);
    const char* text = source.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<std::size_t>(std::max(length, 1)), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    glDeleteShader(shader);
    return std::unexpected(std::string(what) + " shader does not compile: " + log.c_str());
}

// Shaders and images are small; a FIFO or device in their place is refused, not read.
constexpr std::size_t kMaxShaderBytes = 1024u * 1024u;
constexpr std::size_t kMaxImageBytes = 64u * 1024u * 1024u;

std::expected<std::string, core::Error> readText(const std::filesystem::path& file) {
    auto text = core::readRegularFile(file, kMaxShaderBytes);
    if (!text) return std::unexpected("cannot read " + file.string() + ": it " + text.error().summary());
    return std::move(*text);
}

// Replaces each `#include "file"` line (GLSL has no includes) with that file
// from the same folder, so a long shader can be split into files under the
// size limit. One level: an included file cannot include. #line keeps the
// compiler's messages pointing at the right file (source number) and line.
std::expected<std::string, core::Error> withIncludes(const std::string& source, const std::filesystem::path& folder) {
    std::istringstream in(source);
    std::string out;
    std::string line;
    int number = 0;
    int sourceNumber = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.starts_with("#include \"")) {
            out += line + "\n";
            continue;
        }
        const std::size_t end = line.find('"', 10);
        const std::string name = end == std::string::npos ? std::string() : line.substr(10, end - 10);
        if (name.empty() || name.find('/') != std::string::npos) {
            return std::unexpected("line " + std::to_string(number) + ": write #include \"file\" naming a file in the shader folder");
        }
        auto included = readText(folder / name);
        if (!included) return std::unexpected("line " + std::to_string(number) + ": " + included.error().summary());
        if (included->find("\n#include") != std::string::npos || included->starts_with("#include")) {
            return std::unexpected((folder / name).string() + " includes another file: only one level of #include is supported");
        }
        out += "#line 1 " + std::to_string(++sourceNumber) + "\n" + *included + "\n#line " + std::to_string(number + 1) + " 0\n";
    }
    return out;
}

} // namespace

std::expected<Program, core::Error> buildProgram(const std::string& vertexSource, const std::string& fragmentSource) {
    auto vs = compile(GL_VERTEX_SHADER, vertexSource, "vertex");
    if (!vs) return std::unexpected(vs.error());
    auto fs = compile(GL_FRAGMENT_SHADER, fragmentSource, "fragment");
    if (!fs) {
        glDeleteShader(*vs);
        return std::unexpected(fs.error());
    }
    Program program(glCreateProgram());
    glAttachShader(program.id(), *vs);
    glAttachShader(program.id(), *fs);
    glLinkProgram(program.id());
    glDeleteShader(*vs);
    glDeleteShader(*fs);
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint length = 0;
        glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &length);
        std::string log(static_cast<std::size_t>(std::max(length, 1)), '\0');
        glGetProgramInfoLog(program.id(), length, nullptr, log.data());
        return std::unexpected(std::string("shader program does not link: ") + log.c_str());
    }
    return program;
}

std::expected<Program, core::Error> loadProgram(const std::filesystem::path& folder, const std::string& name) {
    return loadProgram(folder, name, name);
}

std::expected<Program, core::Error> loadProgram(const std::filesystem::path& folder, const std::string& vertexName, const std::string& fragmentName) {
    auto vertex = readText(folder / (vertexName + ".vert"));
    if (!vertex) return std::unexpected(vertex.error());
    auto fragment = readText(folder / (fragmentName + ".frag"));
    if (!fragment) return std::unexpected(fragment.error());
    fragment = withIncludes(*fragment, folder);
    if (!fragment) return std::unexpected((folder / (fragmentName + ".frag")).string() + ": " + fragment.error().summary());
    auto program = buildProgram(*vertex, *fragment);
    if (!program) return std::unexpected((folder / fragmentName).string() + ": " + program.error().summary());
    return program;
}

std::expected<Texture, core::Error> loadTexture(const std::filesystem::path& file) {
    int w = 0;
    int h = 0;
    int channels = 0;
    const auto bytes = core::readRegularFile(file, kMaxImageBytes);
    if (!bytes) return std::unexpected("cannot load image " + file.string() + ": it " + bytes.error().summary());
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes->data()), static_cast<int>(bytes->size()), &w, &h,
                                                  &channels, 4);
    if (!pixels) {
        const char* reason = stbi_failure_reason();
        return std::unexpected("cannot load image " + file.string() + ": " + (reason ? reason : "unknown error"));
    }
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    stbi_image_free(pixels);
    return Texture(id);
}

Texture makeByteTexture(const unsigned char* data, int width, int height) {
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, data);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return Texture(id);
}

bool RenderTarget::resize(int width, int height) {
    if (width == m_width && height == m_height && m_fbo) return true;
    m_width = width;
    m_height = height;
    GLuint tex = 0;
    glGenTextures(1, &tex);
    m_colour = Texture(tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    GLuint fbo = 0;
    glGenFramebuffers(1, &fbo);
    m_fbo = Framebuffer(fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return complete;
}

void RenderTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glViewport(0, 0, m_width, m_height);
}

void RenderTarget::unbind() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }

} // namespace render
