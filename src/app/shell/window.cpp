// SDL2 + GL 3.3 core + ImGui backend set-up, with a clear error when there is
// no display or no usable GL.
#include "app/shell/window.hpp"

#include "render/gl.hpp"
#include "render/gl_objects.hpp"

#include <SDL.h>
#include <cstring>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

namespace app {

std::expected<Window, core::Error> Window::create(const char* title, int width, int height) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        return std::unexpected(std::string("cannot open a window: ") + SDL_GetError() +
                               ". Run it on a desktop session, or headless with SDL_VIDEODRIVER=offscreen; "
                               "the subcommands (validate, ...) need no display");
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    Window w;
    w.m_window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
    if (!w.m_window) {
        std::string error = std::string("cannot create the window: ") + SDL_GetError();
        SDL_Quit();
        return std::unexpected(error);
    }
    w.m_glContext = SDL_GL_CreateContext(w.m_window);
    if (!w.m_glContext) {
        return std::unexpected(std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError() +
                               ". Update the graphics driver (Mesa works without a GPU)");
    }
    SDL_GL_MakeCurrent(w.m_window, w.m_glContext);
    SDL_GL_SetSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    if (!ImGui_ImplSDL2_InitForOpenGL(w.m_window, w.m_glContext) || !ImGui_ImplOpenGL3_Init("#version 330 core")) {
        return std::unexpected(std::string("cannot start the ImGui OpenGL backend"));
    }
    w.m_imguiReady = true;
    const char* driver = SDL_GetCurrentVideoDriver();
    w.m_offscreen = driver && std::strcmp(driver, "offscreen") == 0;
    return w;
}

Window::Window(Window&& other) noexcept
    : m_window(other.m_window), m_glContext(other.m_glContext), m_imguiReady(other.m_imguiReady), m_offscreen(other.m_offscreen),
      m_frameTarget(std::move(other.m_frameTarget)) {
    other.m_window = nullptr;
    other.m_glContext = nullptr;
    other.m_imguiReady = false;
}

Window::~Window() {
    m_frameTarget.reset(); // its GL objects go while the context lives
    if (m_imguiReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (m_glContext) SDL_GL_DeleteContext(m_glContext);
    if (m_window) {
        SDL_DestroyWindow(m_window);
        SDL_Quit();
    }
}

int Window::drawableWidth() const {
    int w = 0;
    int h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    return w;
}

int Window::drawableHeight() const {
    int w = 0;
    int h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    return h;
}

void Window::bindFrameTarget(int width, int height) {
    if (!m_offscreen) return;
    if (!m_frameTarget) m_frameTarget = std::make_unique<render::RenderTarget>();
    if (m_frameTarget->resize(width, height)) {
        m_frameTarget->bind();
    } else {
        render::RenderTarget::unbind(); // the fixed-size surface is still better than nothing
    }
}

void Window::swap() const { SDL_GL_SwapWindow(m_window); }

} // namespace app
