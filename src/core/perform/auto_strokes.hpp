// Generated strokes: `perform-auto ZONE PATTERN PASSES` in scripts, the
// keyboard path's chosen pattern and the "auto-perform" accessibility option.
// A pure function of its inputs, so tests and demos are repeatable.
#pragma once

#include "terms/perform_record.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"

#include <cstdint>
#include <vector>

namespace core {

struct AutoStrokeSettings {
    double headMm = 7.0;       // lanes are one head apart, so one raster covers the zone once
    double speedMmS = 15.0;    // glide speed of every stroke
    double sampleEveryMs = 20; // one sample per 20 ms (50 Hz)
    std::int64_t startMs = 0;  // when the first stroke begins
    std::int64_t gapMs = 200;  // pen lifted between strokes
};

// `passes` rasters of straight strokes over the zone in `pattern` (vertical
// lanes top to bottom, horizontal left to right, oblique at 45 degrees on the
// face), each lane clipped to where its centre line lies inside the zone and
// outside no-go areas (ends pulled 0.1 mm in; runs shorter than the head left
// out, as the lanes beside them cover them). Empty for an unknown zone.
[[nodiscard]] std::vector<PerformStroke> autoStrokes(const ZoneMap& map, const std::string& zone, Pattern pattern, int passes,
                                                     const AutoStrokeSettings& settings);

} // namespace core
