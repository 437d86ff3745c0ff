// The SDL2 window with its OpenGL 3.3 core context and ImGui backends,
// created and destroyed as one unit.
#pragma once

#include "base/diagnostics.hpp"
#include <expected>
#include <string>

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
    void swap() const;

private:
    Window() = default;
    SDL_Window* m_window = nullptr;
    void* m_glContext = nullptr;
    bool m_imguiReady = false;
};

} // namespace app
