// The SDL2 window with its OpenGL 3.3 core context and ImGui backends,
// created and destroyed as one unit.
#pragma once

#include "base/diagnostics.hpp"
#include <expected>
#include <memory>
#include <string>

namespace render {
class RenderTarget;
}

struct SDL_Window;

namespace app {

class Window {
public:
    [[nodiscard]] static std::expected<Window, core::Error> create(const char* title, int width, int height);
    Window(Window&& other) noexcept;
    Window& operator=(Window&&) = delete;
    Window(const Window&) = delete;
    ~Window();

    [[nodiscard]] SDL_Window* handle() const { return m_window; }
    [[nodiscard]] int drawableWidth() const;
    [[nodiscard]] int drawableHeight() const;
    // Makes the frame's drawing land in a buffer of the window's current
    // size. SDL's offscreen driver keeps the surface it made at creation, so
    // after SDL_SetWindowSize (the `size` script word) the frame is drawn
    // into a texture of the new size instead, and screenshots read that.
    void bindFrameTarget(int width, int height);
    void swap() const;

private:
    Window() = default;
    SDL_Window* m_window = nullptr;
    void* m_glContext = nullptr;
    bool m_imguiReady = false;
    bool m_offscreen = false; // SDL_VIDEODRIVER=offscreen
    std::unique_ptr<render::RenderTarget> m_frameTarget;
};

} // namespace app
