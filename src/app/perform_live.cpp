// Perform mode's live coverage, pen capture and replay cursor (see perform_live.hpp).
#include "app/perform_live.hpp"

#include <glm/common.hpp>

#include <algorithm>
#include <set>

namespace app {

void countsToBytes(const core::CoverageGrid& grid, std::vector<std::uint8_t>& bytes) {
    const auto& counts = grid.counts();
    bytes.resize(counts.size());
    std::transform(counts.begin(), counts.end(), bytes.begin(), [](std::uint16_t n) { return static_cast<std::uint8_t>(std::min<int>(n, 255)); });
}

void PerformLive::rebuild() {
    m_committed = std::make_unique<core::CoverageBuilder>(m_data->zones, m_headMm);
    m_byView = std::make_unique<core::ViewCoverageBuilder>(m_data->zones, m_headMm);
    for (const auto& stroke : m_record.strokes) {
        m_committed->addStroke(stroke);
        m_byView->addStroke(stroke);
    }
    m_replay.reset();
}

void PerformLive::sync(const core::PracticeSession& session, const core::ReferenceData& data, bool inExam) {
    const core::Case* c = session.currentCase();
    const core::Attempt& attempt = session.attempt();
    const core::PerformRecord* record = attempt.perform ? &*attempt.perform : nullptr;
    const double headMm = core::performHeadMm(record, data.catalogue);
    const std::string caseId = c ? c->id : std::string();
    const std::string cartridge = record ? record->cartridge : std::string();
    const core::PerformRecord empty;
    const core::PerformRecord& now = record ? *record : empty;
    bool changed = false;
    if (m_data != &data || caseId != m_caseId || headMm != m_headMm || cartridge != m_cartridge || !m_committed) {
        if (m_data != &data) m_measureCache = core::MeasureCache{}; // another map: its cells and checks do not carry over
        m_data = &data;
        m_caseId = caseId;
        m_headMm = headMm;
        m_cartridge = cartridge;
        m_record = now;
        m_originMs.reset();
        rebuild();
        changed = true;
    } else if (now.strokes != m_record.strokes) {
        const std::size_t had = m_record.strokes.size();
        const bool appended = now.strokes.size() > had && std::equal(m_record.strokes.begin(), m_record.strokes.end(), now.strokes.begin());
        m_record = now;
        if (now.empty()) m_originMs.reset(); // a cleared or retried record starts its clock again at 0
        if (appended) {
            for (std::size_t i = had; i < now.strokes.size(); ++i) {
                m_committed->addStroke(now.strokes[i]);
                m_byView->addStroke(now.strokes[i]);
            }
            m_replay.reset();
        } else {
            rebuild();
        }
        changed = true;
    }
    m_previewPending = false; // the lifted stroke's command has been applied (or refused) by now
    if (!m_view.penDown && m_preview) {
        m_preview.reset();
        changed = true; // back to the committed grid
    }
    if (changed) {
        // The grader's own rules (the key's avoided zones included), so the live words match the grade.
        const core::StrayRules rules = c ? core::strayRulesFor(attempt, *c) : core::StrayRules{};
        m_measures = core::measurePerform(m_record, m_byView->coverage(), data.zones, session.performZones(), rules, m_headMm, &m_measureCache);
        countsToBytes(m_committed->grid(), m_heatBytes);
    }
    m_view.feedback = core::performFeedback(session.protocol(), inExam);
    m_view.headMm = m_headMm;
    m_view.measures = &m_measures;
    m_view.durationMs = m_record.durationMs();
    refreshDraws(session, changed);
    if (!m_view.penDown) m_view.stroke.clear();
    if (!m_replay) {
        m_replay = std::make_unique<core::CoverageBuilder>(data.zones, m_headMm);
        m_replayStroke = 0;
        m_replaySample = 0;
        m_replayMs = static_cast<double>(m_view.durationMs); // a finished record opens on its end state
        advanceReplay(m_view.durationMs);
        updateReplayDraw();
    }
    m_view.replayMs = static_cast<std::int64_t>(m_replayMs);
    m_view.replayMatchesLive = m_replay->grid().sameCoverage(m_committed->grid());
}

void PerformLive::refreshDraws(const core::PracticeSession& session, bool countsChanged) {
    const core::CoverageBuilder& shown = m_preview ? *m_preview : *m_committed;
    if (countsChanged) {
        countsToBytes(shown.grid(), m_liveBytes);
        ++m_revision;
    }
    const auto& zones = m_data->zones.zones();
    for (auto* draw : {&m_liveDraw, &m_heatDraw, &m_replayDraw}) {
        draw->width = shown.grid().width();
        draw->height = shown.grid().height();
        draw->endpointPasses.fill(0.0f);
        draw->bleedsAtEndpoint.fill(0);
        for (const auto& z : session.attempt().zones) {
            const auto it = std::find_if(zones.begin(), zones.end(), [&](const core::Zone& mapZone) { return mapZone.id == z.zone; });
            const auto index = static_cast<std::size_t>(it - zones.begin());
            if (it == zones.end() || index >= draw->endpointPasses.size() || z.action != core::ZoneAction::Treat) continue;
            draw->endpointPasses[index] = static_cast<float>(z.passes.value_or(3));
            draw->bleedsAtEndpoint[index] = core::bleedsAtDepth(session.protocol(), z.depthMm) ? 1 : 0;
        }
    }
    m_liveDraw.counts = &m_liveBytes;
    m_liveDraw.revision = m_revision;
    m_heatDraw.counts = &m_heatBytes;
    m_heatDraw.revision = m_revision;
    m_heatDraw.heatMap = true;
    m_replayDraw.counts = &m_replayBytes;
    m_view.live = m_view.feedback.skin ? &m_liveDraw : nullptr;
    m_view.heat = &m_heatDraw;
    m_view.replay = &m_replayDraw;
}

void PerformLive::consumePen(std::vector<ui::PenEvent>& events, const ui::FaceMapPanelState& map, int frame, const std::string& zone,
                             ui::ActionQueue& actions) {
    const bool mapLive = map.drawnOnFrame >= frame - 1 && !zone.empty() && m_committed;
    bool moved = false;
    for (const ui::PenEvent& e : events) {
        const glm::dvec2 panel{e.x - map.screenX, e.y - map.screenY};
        const bool inside = panel.x >= 0.0 && panel.y >= 0.0 && panel.x < map.viewport.panelSize.x && panel.y < map.viewport.panelSize.y;
        const glm::dvec2 point = glm::clamp(map.viewport.panelToMap(panel), glm::dvec2(0.0), glm::dvec2(1.0));
        if (e.phase == ui::PenPhase::Down) {
            if (!mapLive || !inside) continue;
            // A stroke lifted earlier this frame is not committed until its
            // AddStroke applies, after the frame: only the preview holds it.
            if (!m_previewPending || !m_preview) m_preview = std::make_unique<core::CoverageBuilder>(*m_committed);
            m_downMs = e.timeMs;
            if (!m_originMs) m_originMs = static_cast<std::int64_t>(e.timeMs) - (m_record.empty() ? 0 : m_record.durationMs() + 1000);
            m_stroke = core::PerformStroke{zone, static_cast<std::int64_t>(e.timeMs) - *m_originMs, {core::PenSample::at(point, 0)}, false};
            m_preview->penDown(m_stroke.samples.front());
            m_view.penDown = true;
            m_view.stroke = {m_stroke.samples.front().mapPoint()};
            moved = true;
        } else if (m_view.penDown && m_preview) {
            const auto sample = core::PenSample::at(point, static_cast<std::int32_t>(e.timeMs - m_downMs));
            const core::PenSample& last = m_stroke.samples.back();
            if (sample.x != last.x || sample.y != last.y) {
                m_stroke.samples.push_back(sample);
                m_preview->penMove(sample);
                m_view.stroke.push_back(sample.mapPoint());
                moved = true;
            }
            if (e.phase == ui::PenPhase::Up) {
                actions.push_back(core::cmd::AddStroke{m_stroke});
                m_view.penDown = false;
                m_previewPending = true;
            }
        }
        m_view.penMap = point;
    }
    events.clear();
    if (moved && m_preview) {
        countsToBytes(m_preview->grid(), m_liveBytes);
        m_liveDraw.revision = ++m_revision;
    }
}

void PerformLive::advanceReplay(std::int64_t untilMs) {
    const auto& strokes = m_record.strokes;
    while (m_replayStroke < strokes.size()) {
        const core::PerformStroke& s = strokes[m_replayStroke];
        while (m_replaySample < s.samples.size() && s.startMs + s.samples[m_replaySample].tMs <= untilMs) {
            if (m_replaySample == 0) {
                m_replay->penDown(s.samples[0]);
            } else {
                m_replay->penMove(s.samples[m_replaySample]);
            }
            ++m_replaySample;
        }
        if (m_replaySample < s.samples.size()) return;
        ++m_replayStroke;
        m_replaySample = 0;
    }
}

void PerformLive::updateReplayDraw() {
    countsToBytes(m_replay->grid(), m_replayBytes);
    m_replayDraw.revision = ++m_revision;
}

void PerformLive::seekReplay(std::int64_t ms) {
    if (!m_replay || !m_data) return;
    ms = std::clamp<std::int64_t>(ms, 0, m_record.durationMs());
    if (static_cast<double>(ms) < m_replayMs) {
        m_replay = std::make_unique<core::CoverageBuilder>(m_data->zones, m_headMm);
        m_replayStroke = 0;
        m_replaySample = 0;
    }
    m_replayMs = static_cast<double>(ms);
    advanceReplay(ms);
    updateReplayDraw();
    m_view.replayMs = ms;
    m_view.replayMatchesLive = m_replay->grid().sameCoverage(m_committed->grid());
}

void PerformLive::tickReplay(double elapsedMs) {
    if (!m_view.playing || !m_replay) return;
    const double end = static_cast<double>(m_record.durationMs());
    const double next = std::min(m_replayMs + elapsedMs * static_cast<double>(m_view.speed), end);
    if (next >= end) m_view.playing = false;
    seekReplay(static_cast<std::int64_t>(next));
    m_replayMs = next;
}

void PerformLive::playReplay(bool on) {
    if (on && m_replayMs >= static_cast<double>(m_record.durationMs())) seekReplay(0); // play again from the start
    m_view.playing = on;
}

void PerformLive::setReplaySpeed(float speed) { m_view.speed = std::clamp(speed, 0.25f, 16.0f); }

} // namespace app
