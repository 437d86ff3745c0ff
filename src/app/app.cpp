// App state handling: commands in, autosave and history out.
#include "app.hpp"

#include "ui/screens.hpp"

#include <chrono>
#include <ctime>
#include <imgui.h>

namespace app {
namespace {

std::string nowIso() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

App::App(AppPaths paths) : m_paths(std::move(paths)), m_store(m_paths.userData) {
    m_session = std::make_unique<core::PracticeSession>(m_emptyData, m_library);
    m_settings = loadSettings(m_paths.userConfig);
}

void App::load() {
    if (m_loaded) return;
    m_loaded = true;
    auto data = core::loadReferenceData(m_paths.dataRoot);
    if (data) {
        m_data = std::move(*data);
        m_library = core::loadCaseLibrary(m_paths.casesDir, *m_data);
    } else {
        m_dataProblem = data.error().summary();
        m_ui.warnings.push_back("The trainer's reference data could not be loaded: " + m_dataProblem +
                               ". Reinstall, or set MNTRAINER_DATA_DIR to the folder holding assets/ and cases/.");
    }
    m_session = std::make_unique<core::PracticeSession>(m_data ? *m_data : m_emptyData, m_library);
    m_bestScores = m_store.bestScores();
    std::string problem;
    if (const auto saved = m_store.loadAutosave(problem)) {
        for (const auto& e : m_library.entries) {
            if (!m_offerResume) break;
            if (e.playable && e.playable->id == saved->attempt.caseId) m_ui.resumeCaseTitle = e.playable->title;
        }
    } else if (!problem.empty()) {
        m_ui.warnings.push_back("An autosaved attempt could not be read and was set aside: " + problem);
        m_store.clearAutosave();
    }
}

void App::createRenderer() {
    if (!m_data) return;
    m_renderer = std::make_unique<render::FaceMapRenderer>(m_data->zones, m_paths.dataRoot / "assets", m_paths.dataRoot / "shaders");
    for (const auto& w : m_renderer->warnings()) m_ui.warnings.push_back(w);
}

void App::drawFrame() {
    if (!m_loaded) {
        ImGui::TextColored(ui::kAccentColour, "Microneedling Trainer");
        ImGui::Separator();
        ImGui::TextDisabled("Loading cases...");
        return;
    }
    // The face map's shader, art and zone mask are built on first use, so the
    // library appears as fast as a bare window would.
    if (!m_renderer && m_data && m_session->stage() != core::Stage::Library) createRenderer();
    ui::UiContext ctx{m_data ? *m_data : m_emptyData, m_library, *m_session, m_bestScores, m_renderer.get(),
                      m_pending, m_requests, m_settings.uiScale > 0.0f ? m_settings.uiScale : 1.0f};
    ui::drawScreens(ctx, m_ui);
}

std::string App::apply(const core::Command& command) {
    const auto result = m_session->apply(command);
    if (!result) return result.error();
    afterChange();
    return {};
}

std::string App::applyPending() {
    std::string firstError;
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (const auto& command : pending) {
        const std::string error = apply(command);
        if (!error.empty() && firstError.empty()) firstError = error;
    }
    if (m_requests.resumeAutosave) {
        m_requests.resumeAutosave = false;
        if (std::string e = resumeAutosave(); !e.empty() && firstError.empty()) firstError = e;
    }
    if (m_requests.discardAutosave) {
        m_requests.discardAutosave = false;
        m_store.clearAutosave();
    }
    if (!firstError.empty()) m_ui.errorMessage = firstError;
    return firstError;
}

float App::takeScaleRequest() {
    const float s = m_requests.newScale;
    m_requests.newScale = 0.0f;
    return s;
}

void App::setUiScale(float scale) {
    m_settings.uiScale = std::clamp(scale, 0.5f, 3.0f);
    if (const std::string problem = saveSettings(m_paths.userConfig, m_settings); !problem.empty()) {
        m_ui.warnings.push_back("The UI scale could not be saved: " + problem);
    }
}

std::string App::resumeAutosave() {
    std::string problem;
    const auto saved = m_store.loadAutosave(problem);
    if (!saved) return problem.empty() ? std::string("there is no autosaved attempt") : problem;
    const auto result = m_session->resume(saved->attempt, saved->stage, saved->decisionMade);
    if (!result) return result.error();
    m_ui.resumeCaseTitle.clear();
    m_savedRevision = m_session->revision();
    return {};
}

void App::afterChange() {
    if (m_session->revision() == m_savedRevision) return;
    m_savedRevision = m_session->revision();
    const core::Case* c = m_session->currentCase();
    if (m_session->stage() == core::Stage::Debrief && m_session->report()) {
        // A finished attempt goes to the history once; the autosave is done with.
        if (m_reportSaved) return;
        m_reportSaved = true;
        if (auto saved = m_store.saveFinished(m_session->attempt(), *m_session->report(), nowIso()); !saved) {
            m_ui.warnings.push_back("Your finished attempt could not be saved: " + saved.error());
        }
        m_store.clearAutosave();
        m_bestScores = m_store.bestScores();
        return;
    }
    m_reportSaved = false;
    if (c && m_session->stage() != core::Stage::Library) {
        core::AutosaveRecord record{m_session->attempt(), m_session->stage(), m_session->decisionMade()};
        if (const std::string problem = m_store.saveAutosave(record); !problem.empty()) {
            m_ui.warnings.push_back("Autosave failed: " + problem);
        }
    }
}

} // namespace app
