// Perform mode's feedback policy and pen footprint.
#include "practice/perform_policy.hpp"

#include "perform/auto_strokes.hpp"

#include <algorithm>

namespace core {

PerformFeedback performFeedback(const Protocol* protocol, bool inExam) {
    PerformFeedback shown;
    if (inExam && protocol && protocol->technique.hideFeedbackInExam) {
        shown.skin = false;
        shown.figures = false;
        shown.why = "This exam's profile hides the skin's response while you needle: work from your plan and your hand.";
    }
    return shown;
}

bool bleedsAtDepth(std::optional<double> depthMm) { return depthMm && *depthMm >= kBleedingDepthMm - 1e-9; }

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
