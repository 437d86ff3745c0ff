// Perform mode's pen: the cartridge, its footprint and the keyboard path.
#include "practice/perform_policy.hpp"

#include "perform/auto_strokes.hpp"

#include <algorithm>

namespace core {

PerformStroke keyboardLane(const ZoneMap& map, const std::string& zone, Pattern pattern, double headMm, int lane, bool reverse,
                           std::int64_t startMs) {
    AutoStrokeSettings settings;
    settings.headMm = headMm;
    const auto lanes = autoStrokes(map, zone, pattern, 1, settings);
    PerformStroke out;
    out.zone = zone;
    out.startMs = startMs;
    if (lanes.empty()) return out;
    const auto& chosen = lanes[static_cast<std::size_t>(std::max(lane, 0)) % lanes.size()];
    out.samples = chosen.samples;
    if (reverse && !out.samples.empty()) {
        // The same path the other way, at the same pace.
        const std::int32_t total = out.samples.back().tMs;
        std::reverse(out.samples.begin(), out.samples.end());
        for (auto& s : out.samples) s.tMs = total - s.tMs;
    }
    return out;
}

} // namespace core
