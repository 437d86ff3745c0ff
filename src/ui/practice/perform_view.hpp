// What the perform panel and the debrief's technique view show besides the
// session: the live coverage (with the stroke being drawn), the live per-zone
// measures, the pen head, and the replay's coverage. The app keeps it in step
// (app/perform_live); panels only read it.
#pragma once

#include "perform/zone_measures.hpp"
#include "practice/perform_policy.hpp"
#include "render/coverage_layer.hpp"

#include <glm/vec2.hpp>

#include <cstdint>
#include <vector>

namespace ui {

struct PerformView {
    const render::CoverageDraw* live = nullptr;       // what the skin shows now (null: feedback hidden)
    const core::PerformMeasures* measures = nullptr;  // per zone, from the attempt's record
    core::PerformFeedback feedback;
    double headMm = 7.0;                              // the pen head's footprint diameter
    bool penDown = false;
    glm::dvec2 penMap{0.0};                           // where the pen head is (map coordinates)
    std::vector<glm::dvec2> stroke;                   // the stroke being drawn (map coordinates)
    // Debrief replay.
    const render::CoverageDraw* replay = nullptr;     // coverage at replayMs
    const render::CoverageDraw* heat = nullptr;       // the whole record's coverage as a heat map
    std::int64_t replayMs = 0;
    std::int64_t durationMs = 0;
    bool playing = false;
    float speed = 1.0f;
    bool replayMatchesLive = false;                   // the replay's end state equals the live coverage
};

} // namespace ui
