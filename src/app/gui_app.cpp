// Frame loop of the trainer window. Sleeps in SDL_WaitEventTimeout when
// nothing changes, so an idle trainer costs almost no CPU.
#include "gui_app.hpp"

#include "core/case_library.hpp"
#include "core/reference_data.hpp"
#include "render/gl.hpp"
#include "render/screenshot.hpp"
#include "theme.hpp"
#include "ui/case_list_panel.hpp"
#include "window.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <iostream>
#include <optional>

namespace app {
namespace {

struct Session {
    std::optional<core::ReferenceData> data;
    std::string dataProblem;
    core::CaseLibrary library;
    ui::CaseListPanelState caseList;
};

Session loadSession(const cli::GuiOptions& options) {
    Session s;
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        s.dataProblem = data.error().summary();
        return s;
    }
    s.data = std::move(*data);
    const auto folder = options.casesDir.empty() ? root / "cases" / "library" : options.casesDir;
    s.library = core::loadCaseLibrary(folder, *s.data);
    return s;
}

void drawFrame(Session& s) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("##main", nullptr, flags);
    drawHeader("Case library");
    if (!s.data) {
        ImGui::TextColored(kErrorColour, "The trainer's reference data could not be loaded:");
        ImGui::TextWrapped("%s", s.dataProblem.c_str());
        ImGui::TextWrapped("Reinstall, or set MNTRAINER_DATA_DIR to the folder that holds assets/ and cases/.");
    } else {
        ui::drawCaseListPanel(s.library, s.data->catalogue, s.caseList);
    }
    ImGui::End();
}

} // namespace

int runGui(const cli::GuiOptions& options) {
    auto window = Window::create("Microneedling Trainer", options.width, options.height);
    if (!window) {
        std::cerr << "mntrainer: " << window.error() << "\n";
        return 1;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; nothing is written to the working directory
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (const std::string fontProblem = applyTheme(1.0f); !fontProblem.empty()) {
        std::cerr << "mntrainer: warning: " << fontProblem << "\n";
    }

    Session session = loadSession(options);
    if (!session.dataProblem.empty()) std::cerr << "mntrainer: " << session.dataProblem << "\n";

    const bool scripted = options.frames > 0;
    int frame = 0;
    int framesToSettle = 3; // ImGui needs a few frames after input to reach a stable layout
    bool running = true;
    while (running) {
        SDL_Event event;
        const bool idle = !scripted && framesToSettle <= 0;
        if (idle && SDL_WaitEventTimeout(&event, 500)) {
            ImGui_ImplSDL2_ProcessEvent(&event);
            running = event.type != SDL_QUIT;
            framesToSettle = 3;
        }
        while (SDL_PollEvent(&event)) {
            ImGui_ImplSDL2_ProcessEvent(&event);
            if (event.type == SDL_QUIT) running = false;
            framesToSettle = 3;
        }
        if (!running) break;
        if (idle && framesToSettle <= 0) continue;
        --framesToSettle;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        drawFrame(session);
        ImGui::Render();
        const int w = window->drawableWidth();
        const int h = window->drawableHeight();
        glViewport(0, 0, w, h);
        glClearColor(kBackground.x, kBackground.y, kBackground.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        ++frame;
        if (scripted && frame >= options.frames) {
            if (!options.screenshotPath.empty()) {
                if (const std::string problem = render::writeScreenshot(options.screenshotPath, w, h); !problem.empty()) {
                    std::cerr << "mntrainer: screenshot failed: " << problem << "\n";
                    return 1;
                }
            }
            running = false;
        }
        window->swap();
    }
    return 0;
}

} // namespace app
