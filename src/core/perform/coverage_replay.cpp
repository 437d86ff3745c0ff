// The one way coverage is built from samples, live and in the replay.
#include "perform/coverage_replay.hpp"

namespace core {

CoverageBuilder::CoverageBuilder(const ZoneMap& map, double headMm, double cellMm)
    : m_map(&map), m_headMm(headMm), m_grid(map, cellMm) {}

void CoverageBuilder::penDown(const PenSample& sample) {
    m_grid.beginPass();
    m_grid.stampSegment(sample.mapPoint(), sample.mapPoint(), m_headMm);
    m_down = true;
    m_last = sample;
    m_lastDirectionMm = {0.0, 0.0};
}

void CoverageBuilder::penMove(const PenSample& sample) {
    if (!m_down) {
        penDown(sample);
        return;
    }
    const glm::dvec2 d = m_map->toMm(sample.mapPoint()) - m_map->toMm(m_last.mapPoint());
    if (d.x != 0.0 || d.y != 0.0) {
        // Same rule as sweepsOf: turning back over 90 degrees is a new pass.
        if (m_lastDirectionMm.x * d.x + m_lastDirectionMm.y * d.y < 0.0) m_grid.beginPass();
        m_lastDirectionMm = d;
    }
    m_grid.stampSegment(m_last.mapPoint(), sample.mapPoint(), m_headMm);
    m_last = sample;
}

void CoverageBuilder::addStroke(const PerformStroke& stroke) {
    for (std::size_t i = 0; i < stroke.samples.size(); ++i) {
        if (i == 0) penDown(stroke.samples[i]);
        else penMove(stroke.samples[i]);
    }
    m_down = false;
}

MapView viewOfStroke(const ZoneMap& map, const PerformStroke& stroke) {
    const Zone* zone = map.find(stroke.zone);
    return zone ? zone->view : MapView::Face;
}

ViewCoverageBuilder::ViewCoverageBuilder(const ZoneMap& map, double headMm, double cellMm)
    : m_map(&map), m_face(map, headMm, cellMm), m_body(map, headMm, cellMm) {}

void ViewCoverageBuilder::addStroke(const PerformStroke& stroke) {
    (viewOfStroke(*m_map, stroke) == MapView::Body ? m_body : m_face).addStroke(stroke);
}

namespace coverage_replay_detail {

// Every sample at or before `untilMs` of the strokes `keep` accepts.
template <typename Keep>
CoverageGrid replayWhere(const PerformRecord& record, const ZoneMap& map, double headMm, std::int64_t untilMs, double cellMm, Keep keep) {
    CoverageBuilder builder(map, headMm, cellMm);
    for (const auto& stroke : record.strokes) {
        if (stroke.startMs > untilMs) break; // strokes are stored in time order
        if (!keep(stroke)) continue;
        for (std::size_t i = 0; i < stroke.samples.size(); ++i) {
            if (stroke.startMs + stroke.samples[i].tMs > untilMs) break;
            if (i == 0) builder.penDown(stroke.samples[i]);
            else builder.penMove(stroke.samples[i]);
        }
    }
    return builder.grid();
}

} // namespace coverage_replay_detail

CoverageGrid replayCoverage(const PerformRecord& record, const ZoneMap& map, double headMm, std::int64_t untilMs, double cellMm) {
    return coverage_replay_detail::replayWhere(record, map, headMm, untilMs, cellMm, [](const PerformStroke&) { return true; });
}

ViewCoverage replayViewCoverage(const PerformRecord& record, const ZoneMap& map, double headMm, std::int64_t untilMs, double cellMm) {
    using coverage_replay_detail::replayWhere;
    const auto on = [&](MapView view) { return [&map, view](const PerformStroke& s) { return viewOfStroke(map, s) == view; }; };
    return {replayWhere(record, map, headMm, untilMs, cellMm, on(MapView::Face)), replayWhere(record, map, headMm, untilMs, cellMm, on(MapView::Body))};
}

} // namespace core
