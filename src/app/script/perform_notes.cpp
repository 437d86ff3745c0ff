// Perform notes for screenshots (see perform_notes.hpp).
#include "app/script/perform_notes.hpp"

#include "app/app.hpp"
#include "ui/practice/perform_panel.hpp"

#include <numeric>

namespace app {

namespace perform_notes_detail {

long long countSum(const core::CoverageGrid* grid) {
    if (!grid) return -1;
    return std::accumulate(grid->counts().begin(), grid->counts().end(), 0LL);
}

} // namespace perform_notes_detail

core::Json performNotes(const App& app) {
    using namespace perform_notes_detail;
    const core::PracticeSession& session = app.shownSession();
    if (!session.currentCase()) return nullptr;
    const auto& record = session.attempt().perform;
    const PerformLive& live = app.perform();
    const ui::PerformView& view = live.view();
    core::Json j;
    j["zone"] = ui::performZone(session);
    j["zones_to_perform"] = session.performZones();
    j["open"] = session.stageAccess(core::Stage::Perform).has_value();
    j["strokes"] = record ? record->strokes.size() : 0;
    j["samples"] = record ? record->sampleCount() : 0;
    j["duration_ms"] = record ? record->durationMs() : 0;
    j["auto_performed"] = record && record->autoPerformed;
    j["cartridge"] = record ? record->cartridge : std::string();
    j["head_mm"] = view.headMm;
    j["feedback"] = {{"skin", view.feedback.skin}, {"figures", view.feedback.figures}};
    j["pen_down"] = view.penDown;
    j["live_sum"] = countSum(live.liveGrid());
    j["replay_sum"] = countSum(live.replayGrid());
    j["replay_ms"] = view.replayMs;
    j["replay_matches_live"] = view.replayMatchesLive;
    j["measures"] = core::Json::array();
    if (view.measures) {
        for (const auto& m : view.measures->zones) {
            core::Json directions = core::Json::object();
            for (const auto& [name, pattern] : core::patternChoices()) {
                const auto it = m.directions.find(pattern);
                directions[name] = it == m.directions.end() ? 0 : it->second;
            }
            j["measures"].push_back({{"zone", m.zone},           {"cells", m.cells},         {"covered_cells", m.coveredCells},
                                     {"coverage", m.coverage},   {"passes", m.passes},       {"evenness", m.evenness},
                                     {"strokes", m.strokes},     {"glides", m.glides},       {"stamps", m.stamps},
                                     {"glide_mm_s", m.glideSpeedMmS}, {"directions", directions}, {"missed_part", m.missedPart}});
        }
        j["strays"] = core::Json::array();
        for (const auto& s : view.measures->strays) {
            j["strays"].push_back({{"stroke", s.stroke}, {"from", s.fromZone}, {"into", s.intoZone}, {"kind", core::toString(s.kind)}});
        }
    }
    return j;
}

} // namespace app
