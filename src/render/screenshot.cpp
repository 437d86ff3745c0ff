// Framebuffer read-back to PNG via stb_image_write (Debian's libstb).
#include "screenshot.hpp"

#include "gl.hpp"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <system_error>
#include <vector>

namespace render {

core::Status writeScreenshot(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) return std::unexpected(core::Error("the window has no size"));
    const auto w = static_cast<std::size_t>(width);
    const auto h = static_cast<std::size_t>(height);
    std::vector<unsigned char> pixels(w * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    // The window's back buffer, or the frame target bound in its place (offscreen runs).
    GLint readFramebuffer = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
    glReadBuffer(readFramebuffer == 0 ? GL_BACK : GL_COLOR_ATTACHMENT0);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom-up; PNG rows top-down.
    std::vector<unsigned char> flipped(pixels.size());
    for (std::size_t y = 0; y < h; ++y) {
        std::copy_n(&pixels[(h - 1 - y) * w * 4], w * 4, &flipped[y * w * 4]);
    }
    for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255; // the window is opaque
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    const std::filesystem::path tmp = path.string() + ".tmp";
    if (!stbi_write_png(tmp.c_str(), width, height, 4, flipped.data(), width * 4)) {
        return std::unexpected(core::Error("cannot write " + tmp.string() + ": check that the folder exists and is writable"));
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) return std::unexpected(core::Error("cannot move the screenshot into place: " + ec.message()));
    return {};
}

} // namespace render
