// App: Perform mode's frame work. Before the screens draw, the live coverage
// catches up with the attempt and this frame's pen events become the stroke
// being drawn (so a mark shows in the frame that read the input); the replay
// moves on by the wall time since the last frame.
#include "app/app.hpp"

#include "base/clocks.hpp"
#include "ui/practice/perform_panel.hpp"

namespace app {

void App::preparePerform(ui::UiContext& ctx) {
    auto& pen = m_ui.perform.pen.events;
    const core::PracticeSession& shown = shownSession();
    const bool performing = shown.stage() == core::Stage::Perform;
    const bool debrief = shown.stage() == core::Stage::Debrief;
    if (!m_data || !shown.currentCase() || (!performing && !debrief)) {
        pen.clear();
        return;
    }
    m_perform.sync(shown, *m_data, examRunning());
    if (performing) {
        m_perform.consumePen(pen, m_ui.perform.map, ImGui::GetFrameCount(), ui::performZone(shown), m_actions);
    } else {
        pen.clear();
        const double now = static_cast<double>(core::monotonicNs()) / 1e6;
        if (m_replayClockMs > 0.0) m_perform.tickReplay(now - m_replayClockMs);
        m_replayClockMs = now;
    }
    ctx.perform = &m_perform.view();
}

core::Status App::applyPerformAction(const ui::AppAction& action, bool& handled) {
    namespace act = ui::act;
    handled = true;
    if (const auto* seek = std::get_if<act::ReplaySeek>(&action)) {
        m_perform.seekReplay(seek->ms);
        return {};
    }
    if (const auto* play = std::get_if<act::ReplayPlay>(&action)) {
        m_perform.playReplay(play->on);
        return {};
    }
    if (const auto* speed = std::get_if<act::ReplaySpeed>(&action)) {
        m_perform.setReplaySpeed(speed->speed);
        return {};
    }
    handled = false;
    return {};
}

} // namespace app
