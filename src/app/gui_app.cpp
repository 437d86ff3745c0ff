// Frame loop of the trainer window. Sleeps in SDL_WaitEventTimeout when
// nothing changes, so an idle trainer costs almost no CPU.
#include "app/gui_app.hpp"
#include "base/clocks.hpp"

#include "app/app.hpp"
#include "app/bench/bench_pen.hpp"
#include "app/shell/frame_damage.hpp"
#include "app/shell/pen_events.hpp"
#include "app/script/script_driver.hpp"
#include "app/shell/theme.hpp"
#include "app/shell/window.hpp"

#include "ui/common/drawn_text.hpp"

#include "base/bounded_read.hpp"
#include "model/reference_data.hpp"
#include "platform/user_dirs.hpp"
#include "render/gl.hpp"
#include "render/screenshot.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace app {
namespace {

std::optional<ScriptDriver> loadScript(const cli::GuiOptions& options, std::string& problem) {
    if (options.scriptPath.empty() && options.scriptText.empty()) return std::nullopt;
    auto text = options.scriptText.empty() ? core::readRegularFile(options.scriptPath, 4u * 1024u * 1024u) : core::Result<std::string>(options.scriptText);
    if (!text) {
        problem = "cannot read the script " + options.scriptPath.string() + ": it " + text.error().summary() + "\n";
        return std::nullopt;
    }
    auto lines = core::parseScript(*text, options.scriptText.empty() ? options.scriptPath.string() : std::string("progress export"));
    if (!lines) {
        for (const auto& d : lines.error().diagnostics) problem += core::formatDiagnostic(d) + "\n";
        return std::nullopt;
    }
    const auto dir = options.screenshotDir.empty() ? std::filesystem::temp_directory_path() / "mntrainer-screenshots" : options.screenshotDir;
    return ScriptDriver(std::move(*lines), options.scriptPath.string(), dir);
}

// Ctrl + / Ctrl - / Ctrl 0 change the UI scale.
float scaleFromKeys(const SDL_Event& e, float current) {
    if (e.type != SDL_KEYDOWN || !(e.key.keysym.mod & KMOD_CTRL)) return 0.0f;
    switch (e.key.keysym.sym) {
    case SDLK_EQUALS:
    case SDLK_PLUS:
    case SDLK_KP_PLUS: return current + 0.1f;
    case SDLK_MINUS:
    case SDLK_KP_MINUS: return current - 0.1f;
    case SDLK_0: return 1.0f;
    default: return 0.0f;
    }
}



// The baseline for `bench ui`: the same stack with nothing of ours in it.
int runBareWindow(const cli::GuiOptions& options) {
    auto window = Window::create("bare", options.width, options.height);
    if (!window) {
        std::cerr << "mntrainer: " << window.error().summary() << "\n";
        return 1;
    }
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("bare");
    ImGui::TextUnformatted("hello");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, window->drawableWidth(), window->drawableHeight());
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    window->swap();
    glFinish();
    std::cout << "first_frame_ns " << core::monotonicNs() << std::endl;
    return 0;
}

void printFrameStats(std::vector<double> ui, std::vector<double> whole) {
    const auto stats = [](std::vector<double>& v, const char* name) {
        std::sort(v.begin(), v.end());
        double sum = 0.0;
        for (double x : v) sum += x;
        const double p99 = v[std::min(v.size() - 1, static_cast<std::size_t>(static_cast<double>(v.size()) * 0.99))];
        // The max too: the first frame of a screen (its textures and layout) can pull the mean above the p99.
        std::cout << name << "_mean_ms " << sum / static_cast<double>(v.size()) << "\n" << name << "_p99_ms " << p99 << "\n"
                  << name << "_max_ms " << v.back() << "\n";
    };
    stats(ui, "ui_build");
    stats(whole, "frame");
    std::cout.flush();
}

float defaultScale(SDL_Window* window) {
    float ddpi = 0.0f;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &ddpi, nullptr, nullptr) == 0 && ddpi > 0.0f) {
        return std::clamp(ddpi / 96.0f, 1.0f, 3.0f);
    }
    return 1.0f;
}

} // namespace

int runGui(const cli::GuiOptions& options) {
    if (options.bareWindow) return runBareWindow(options);
    std::string scriptProblem;
    auto script = loadScript(options, scriptProblem);
    if (!scriptProblem.empty()) {
        std::cerr << scriptProblem;
        return 1;
    }
    auto window = Window::create("Microneedling Trainer", options.width, options.height);
    if (!window) {
        std::cerr << "mntrainer: " << window.error().summary() << "\n";
        return 1;
    }
    SDL_SetWindowMinimumSize(window->handle(), 1024, 640);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; nothing is written to the working directory
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    const bool trace = std::getenv("MNTRAINER_STARTUP_TRACE") != nullptr;
    const long long t0 = core::monotonicNs();
    const auto phase = [&](const char* name) {
        if (trace) std::cerr << "startup: " << name << " at " << (core::monotonicNs() - t0) / 1000 << " us after the window\n";
    };
    const auto dataRoot = core::findDataRoot();
    AppPaths paths{dataRoot, options.casesDir.empty() ? dataRoot / "cases" / "library" : options.casesDir, core::dataDir(),
                   core::configDir()};
    App app(paths);
    app.setSaveKeyIndex(SDL_SCANCODE_S); // the SDL backend indexes ImGui's keys by scancode
    app.setMapViewKeyIndex(SDL_SCANCODE_B);
    app.setOfferResume(!script.has_value());
    // A script's follow-up visits repeat run after run (`visit-seed N` picks another draw).
    if (script) app.setSeedSource(core::fixedSeedSource(0));
    app.setSettingsWritable(!script.has_value());
    // Who is practising is asked in the window; scripts say `trainee NAME`, and
    // a fixed-frames run (screenshots) shows the library as before.
    app.setAskTrainee(!script.has_value() && options.frames == 0);
    float scale = app.uiScale() > 0.0f ? app.uiScale() : defaultScale(window->handle());
    if (auto themed = applyTheme(scale); !themed) app.addWarning(themed.error().summary());
    phase("fonts and theme ready");


    const bool fixedFrames = options.frames > 0 || script.has_value() || options.firstFrameReport;
    std::vector<double> uiCpu;
    std::vector<double> frameCpu;
    const bool measuring = options.frameStats > 0;
    int frame = 0;
    // X11 and Wayland block in SDL_WaitEventTimeout; other drivers busy-poll inside it.
    const std::string videoDriver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    const bool canBlock = videoDriver == "x11" || videoDriver == "wayland";
    int framesToSettle = 3;
    Uint32 lastExamTick = 0; // ImGui needs a few frames after input to reach a stable layout
    bool running = true;
    int exitCode = 0;
    std::optional<PenBench> penBench;
    if (options.penBench > 0 && script) penBench.emplace(options.penBench);
    FrameDamage damage;
    const std::vector<render::FaceMapRenderer::TargetDamage> noMaps;
    int drawnWidth = 0;
    int drawnHeight = 0;
    bool fontsRebuilt = false;
    while (running) {
        // The pen benchmark's events go into the queue before it is read, as a real mouse's would.
        const bool penBenching = penBench && script->finished() && !penBench->finished();
        if (penBenching) penBench->beforeFrame(app);
        SDL_Event event;
        const bool idle = !fixedFrames && framesToSettle <= 0;
        if (idle && !canBlock) {
            // Drivers without a native wait (offscreen, KMSDRM) would make SDL
            // poll every millisecond; sleeping here costs at most 10 ms of latency.
            SDL_PumpEvents();
            if (SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) <= 0) {
                SDL_Delay(10);
                if (app.examRunning() && SDL_GetTicks() - lastExamTick >= 500) {
                    lastExamTick = SDL_GetTicks(); // redraw the exam clock twice a second
                    framesToSettle = 1;
                }
                if (framesToSettle <= 0) continue;
            }
        } else if (idle && app.examRunning()) {
            // The exam clock must tick even when nobody touches anything.
            if (SDL_WaitEventTimeout(&event, 250)) {
                ImGui_ImplSDL2_ProcessEvent(&event);
                if (event.type == SDL_QUIT && app.allowQuit()) running = false;
            }
            framesToSettle = 1;
        } else if (idle && SDL_WaitEventTimeout(&event, 500)) {
            ImGui_ImplSDL2_ProcessEvent(&event);
            queuePen(app.uiState().perform.pen, window->handle(), event);
            if (event.type == SDL_QUIT && app.allowQuit()) running = false;
            if (const float s = scaleFromKeys(event, scale); s > 0.0f) app.setUiScale(s);
            framesToSettle = 3;
        }
        while (SDL_PollEvent(&event)) {
            ImGui_ImplSDL2_ProcessEvent(&event);
            queuePen(app.uiState().perform.pen, window->handle(), event);
            // Unsaved edits get a prompt instead of vanishing with the window.
            if (event.type == SDL_QUIT && app.allowQuit()) running = false;
            if (const float s = scaleFromKeys(event, scale); s > 0.0f) app.setUiScale(s);
            framesToSettle = 3;
        }
        if (!running || app.quitRequested()) break;
        if (idle && framesToSettle <= 0) continue;
        --framesToSettle;

        if (frame > 0) app.load(); // after the first frame is on screen
        app.tick();
        if (script && app.loaded() && !script->beforeFrame(app, window->handle())) {
            std::cerr << script->error() << "\n";
            exitCode = 1;
            break;
        }
        if (app.uiScale() > 0.0f && std::abs(app.uiScale() - scale) > 0.001f) {
            scale = app.uiScale();
            if (auto themed = applyTheme(scale); !themed) app.addWarning(themed.error().summary());
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            fontsRebuilt = true;
        }

        const bool timing = measuring && script && script->finished();
        const double frameStart = timing ? core::threadCpuMs() : 0.0;
        const long long penFrameStart = penBenching ? core::monotonicNs() : 0;
        const double penCpuStart = penBenching ? core::processCpuMs() : 0.0;
        if (penBenching && app.faceMapRenderer()) app.faceMapRenderer()->setTimed(true);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        if (script) script->feedMouse(ImGui::GetIO());
        ImGui::NewFrame();
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("##main", nullptr,
                     // Not NoDecoration: a screen taller than the window (a small window, a large
                     // UI scale) gets a scrollbar, so nothing is out of reach.
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
        if (script) ui::beginDrawnTextCapture();
        app.drawFrame();
        if (script) script->noteDrawnTexts(ui::endDrawnTextCapture());
        ImGui::End();
        ImGui::Render();
        if (timing) uiCpu.push_back(core::threadCpuMs() - frameStart);
        const long long penBuilt = penBenching ? core::monotonicNs() : 0;
        const int w = window->drawableWidth();
        const int h = window->drawableHeight();
        const bool keepsPixels = window->bindFrameTarget(w, h);
        glViewport(0, 0, w, h);
        // Draw only what changed where the frame keeps its pixels; everything after a resize or a new scale.
        const bool wholeFrame = !keepsPixels || w != drawnWidth || h != drawnHeight || fontsRebuilt;
        damage.update(*ImGui::GetDrawData(), app.faceMapRenderer() ? app.faceMapRenderer()->takeTargetDamage() : noMaps, wholeFrame);
        renderDamaged(*ImGui::GetDrawData(), damage, ImVec4(kBackground.x, kBackground.y, kBackground.z, 1.0f), w, h);
        drawnWidth = w;
        drawnHeight = h;
        fontsRebuilt = false;

        ++frame;
        if (frame == 1) phase("first frame drawn");
        if (options.firstFrameReport) {
            // Frame 1 is the window with "Loading cases..."; frame 2 the full library.
            window->swap();
            glFinish();
            std::cout << (frame == 1 ? "first_frame_ns " : "library_frame_ns ") << core::monotonicNs() << std::endl;
            if (frame == 2) return 0;
            app.applyPending();
            continue;
        }
        if (penBenching) {
            glFinish(); // software GL renders on its own threads: the frame is done when they are
            const long long drawn = core::monotonicNs();
            PenFrameTimes times;
            times.frameMs = static_cast<double>(drawn - penFrameStart) / 1e6;
            times.faceMs = app.faceMapRenderer() ? app.faceMapRenderer()->takeTimedMs() : 0.0;
            times.uiMs = static_cast<double>(penBuilt - penFrameStart) / 1e6 - times.faceMs;
            times.imguiMs = static_cast<double>(drawn - penBuilt) / 1e6;
            times.cpuMs = core::processCpuMs() - penCpuStart;
            times.redrawnPixels = damage.redrawnArea(w, h);
            penBench->afterFrame(h, times);
        }
        if (script) {
            if (!script->afterFrame(app, w, h)) {
                std::cerr << script->error() << "\n";
                exitCode = 1;
                break;
            }
            if (timing) {
                glFinish();
                frameCpu.push_back(core::threadCpuMs() - frameStart);
            }
            if (script->finished() && static_cast<int>(uiCpu.size()) >= options.frameStats && (!penBench || penBench->finished())) {
                if (measuring) printFrameStats(uiCpu, frameCpu);
                if (penBench) penBench->print();
                running = false;
            }
        } else if (options.frames > 0 && frame >= options.frames) {
            if (!options.screenshotPath.empty()) {
                if (auto written = render::writeScreenshot(options.screenshotPath, w, h); !written) {
                    std::cerr << "mntrainer: screenshot failed: " << written.error().summary() << "\n";
                    return 1;
                }
            }
            running = false;
        }
        app.applyPending();
        const long long swapStart = penBenching ? core::monotonicNs() : 0;
        window->swap();
        if (penBenching) {
            glFinish();
            penBench->addSwap(static_cast<double>(core::monotonicNs() - swapStart) / 1e6);
        }
    }
    return exitCode;
}

} // namespace app
