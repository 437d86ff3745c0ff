// Runs a UI script against the real app, one step per frame where a step
// needs the screen (screenshots, waits), so what is captured is what a
// trainee would see.
#pragma once

#include "app/script/settle_wait.hpp"
#include "automation/script.hpp"
#include "json/json_document.hpp"

#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct SDL_Window;

namespace app {

class App;

class ScriptDriver {
public:
    ScriptDriver(std::vector<core::ScriptLine> lines, std::string name, std::filesystem::path screenshotDir);

    // Before a frame: applies steps until one needs frames drawn.
    // Returns false when the script failed (see error()).
    bool beforeFrame(App& app, SDL_Window* window);
    // Between the platform's new frame and ImGui's: a scripted click moves and
    // presses ImGui's mouse, so the button's own code sees a real click.
    void feedMouse(ImGuiIO& io);
    // After a frame is drawn (before the swap): takes a pending screenshot.
    bool afterFrame(App& app, int width, int height);

    [[nodiscard]] bool finished() const { return m_done; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] std::vector<std::string> screenshots() const { return m_written; }
    // The texts the frame just drawn showed (ui::endDrawnTextCapture), for the screenshot notes.
    void noteDrawnTexts(std::vector<std::string> texts) { m_drawnTexts = std::move(texts); }

private:
    std::vector<core::ScriptLine> m_lines;
    std::string m_name;
    std::filesystem::path m_screenshotDir;
    std::size_t m_next = 0;
    int m_waitFrames = 0;
    static constexpr int kClickFrames = 3; // hover, press, release
    int m_clickFrames = 0;
    SettleWait m_clickSettle; // the button to click, drawn and still
    ImVec2 m_clickAt;
    int m_keyUp = 0; // scancode of a pressed key to release next (0: none)
    bool m_penHeld = false;            // a `pen down` has not been lifted yet
    std::pair<int, int> m_penAt{0, 0}; // where the script's pen is, in window points
    SettleWait m_penSettle;            // the Perform map, drawn and still
    std::optional<std::size_t> m_waitTrainee; // the `trainee` line whose store is opening
    std::string m_pendingShot;
    bool m_pendingPicture = true; // false: `notes NAME`, the JSON without the PNG
    bool m_done = false;
    std::string m_error;
    std::vector<std::string> m_written;
    std::vector<std::string> m_drawnTexts;

    bool fail(const core::ScriptLine& line, const std::string& message);
    [[nodiscard]] core::Status writeSidecar(App& app, const std::filesystem::path& png) const;
    [[nodiscard]] static core::Json layoutNotes();
};

} // namespace app
