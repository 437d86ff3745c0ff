// Script execution: Commands go through App::apply exactly like widget clicks.
#include "script_driver.hpp"

#include "app.hpp"

#include "core/atomic_file.hpp"
#include "render/screenshot.hpp"

#include <imgui.h>

#include <SDL.h>

namespace app {
namespace {

// Frames drawn before a screenshot, so ImGui's layout has settled.
constexpr int kSettleFrames = 3;

} // namespace

ScriptDriver::ScriptDriver(std::vector<core::ScriptLine> lines, std::string name, std::filesystem::path screenshotDir)
    : m_lines(std::move(lines)), m_name(std::move(name)), m_screenshotDir(std::move(screenshotDir)) {}

bool ScriptDriver::fail(const core::ScriptLine& line, const std::string& message) {
    m_error = m_name + ":" + std::to_string(line.line) + ": error: " + message + " (in \"" + line.text + "\")";
    m_done = true;
    return false;
}

bool ScriptDriver::beforeFrame(App& app, SDL_Window* window) {
    if (m_done) return true;
    if (m_waitFrames > 0) {
        --m_waitFrames;
        return true;
    }
    if (!m_pendingShot.empty()) return true; // waiting for afterFrame
    while (m_next < m_lines.size()) {
        const core::ScriptLine& line = m_lines[m_next++];
        if (const auto* command = std::get_if<core::Command>(&line.step)) {
            if (const std::string e = app.apply(*command); !e.empty()) return fail(line, e);
        } else if (const auto* shot = std::get_if<core::step::Screenshot>(&line.step)) {
            m_pendingShot = shot->name;
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* frames = std::get_if<core::step::Frames>(&line.step)) {
            m_waitFrames = frames->count - 1;
            return true;
        } else if (const auto* size = std::get_if<core::step::Resize>(&line.step)) {
            SDL_SetWindowSize(window, size->width, size->height);
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* scale = std::get_if<core::step::Scale>(&line.step)) {
            app.setUiScale(scale->scale);
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* hover = std::get_if<core::step::Hover>(&line.step)) {
            auto& ui = app.uiState();
            ui.consultationMap.forcedHover = ui.planMap.forcedHover = hover->zone;
        } else if (const auto* view = std::get_if<core::step::DebriefView>(&line.step)) {
            auto& ui = app.uiState();
            ui.debriefView = view->view == "expert" ? ui::DebriefView::Expert
                                                    : (view->view == "side-by-side" ? ui::DebriefView::SideBySide : ui::DebriefView::Yours);
        } else if (const auto* zoom = std::get_if<core::step::Zoom>(&line.step)) {
            auto& ui = app.uiState();
            for (auto* map : {&ui.consultationMap, &ui.planMap, &ui.debriefYours, &ui.debriefExpert}) {
                map->viewport.zoom = zoom->factor;
                map->viewport.clamp();
            }
        } else if (const auto* start = std::get_if<core::step::ExamStart>(&line.step)) {
            if (const std::string e = app.startExamById(start->examId, {start->name, start->candidateId, ""}); !e.empty()) return fail(line, e);
        } else if (const auto* go = std::get_if<core::step::ExamCase>(&line.step)) {
            if (const std::string e = app.goToExamCase(go->number - 1); !e.empty()) return fail(line, e);
        } else if (const auto* review = std::get_if<core::step::ExamReview>(&line.step)) {
            if (const std::string e = app.setExamReview(review->number - 1, review->on); !e.empty()) return fail(line, e);
        } else if (std::holds_alternative<core::step::ExamSubmit>(line.step)) {
            if (const std::string e = app.submitExam(false); !e.empty()) return fail(line, e);
        } else if (const auto* wait = std::get_if<core::step::Wait>(&line.step)) {
            SDL_Delay(static_cast<Uint32>(wait->milliseconds));
        } else if (std::holds_alternative<core::step::Resume>(line.step)) {
            if (const std::string e = app.resumeAutosave(); !e.empty()) return fail(line, e);
        } else if (std::holds_alternative<core::step::Quit>(line.step)) {
            m_done = true;
            return true;
        }
    }
    m_done = true;
    return true;
}

// NAME.json beside NAME.png: the stage and where each visible face map is,
// so tests can check pixels at a zone without guessing the layout.
std::string ScriptDriver::writeSidecar(App& app, const std::filesystem::path& png) const {
    const auto& ui = app.uiState();
    core::Json j;
    j["stage"] = core::toString(app.session().stage());
    j["maps"] = core::Json::object();
    const int frame = ImGui::GetFrameCount();
    const std::pair<const char*, const ui::FaceMapPanelState*> maps[] = {
        {"consultation", &ui.consultationMap}, {"plan", &ui.planMap}, {"yours", &ui.debriefYours}, {"expert", &ui.debriefExpert}};
    for (const auto& [name, state] : maps) {
        if (state->drawnOnFrame != frame) continue;
        const glm::dvec2 origin = state->viewport.mapOrigin();
        const glm::dvec2 size = state->viewport.mapSize();
        j["maps"][name] = {{"map_origin", {state->screenX + origin.x, state->screenY + origin.y}}, {"map_size", {size.x, size.y}}};
    }
    auto sidecar = png;
    sidecar.replace_extension(".json");
    return core::writeFileAtomically(sidecar, j.dump(2) + "\n");
}

bool ScriptDriver::afterFrame(App& app, int width, int height) {
    if (m_pendingShot.empty() || m_waitFrames > 0) return true;
    const auto path = m_screenshotDir / (m_pendingShot + ".png");
    m_pendingShot.clear();
    if (const std::string problem = render::writeScreenshot(path, width, height); !problem.empty()) {
        m_error = m_name + ": screenshot failed: " + problem;
        m_done = true;
        return false;
    }
    if (const std::string problem = writeSidecar(app, path); !problem.empty()) {
        m_error = m_name + ": screenshot notes failed: " + problem;
        m_done = true;
        return false;
    }
    m_written.push_back(path.string());
    return true;
}

} // namespace app
