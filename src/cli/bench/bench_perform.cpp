// `mntrainer bench perform`: Perform mode's figures. The coverage update per
// stroke segment (target under 0.2 ms), the size of a 5-minute recording in
// the attempt file (target under 2 MB), replay and measuring time.
#include "bench_command.hpp"

#include "model/attempt.hpp"
#include "model/reference_data.hpp"
#include "perform/auto_strokes.hpp"
#include "perform/coverage_replay.hpp"
#include "perform/zone_measures.hpp"

#include <chrono>
#include <cmath>
#include <algorithm>
#include <cstdio>
#include <iostream>

namespace cli {

namespace bench_perform_detail {

using Clock = std::chrono::steady_clock;
double performMsSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

// A pen at 120 samples a second gliding over the cheeks and forehead in all
// three patterns, repeated until `minutes` of strokes are recorded.
core::PerformRecord recording(const core::ZoneMap& map, double minutes) {
    core::PerformRecord record;
    record.cartridge = "needles_12";
    core::AutoStrokeSettings settings;
    settings.sampleEveryMs = 1000.0 / 120.0;
    const auto limit = static_cast<std::int64_t>(minutes * 60000.0);
    while (record.durationMs() < limit) {
        for (const char* zone : {"cheek_left", "cheek_right", "forehead"}) {
            for (auto pattern : {core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique}) {
                settings.startMs = record.strokes.empty() ? 0 : record.durationMs() + settings.gapMs;
                for (auto& s : core::autoStrokes(map, zone, pattern, 1, settings)) {
                    if (s.endMs() > limit) return record;
                    record.strokes.push_back(std::move(s));
                }
            }
        }
    }
    return record;
}

} // namespace bench_perform_detail

int runBenchPerform(const BenchOptions& o) {
    using namespace bench_perform_detail;
    auto loaded = core::loadReferenceData(core::findDataRoot());
    if (!loaded) {
        std::cerr << loaded.error().summary() << "\n";
        return 1;
    }
    const core::ZoneMap& map = loaded->zones;
    const core::PerformRecord record = recording(map, o.performMinutes);
    const std::size_t segments = record.sampleCount() - record.strokes.size();
    std::printf("perform: %.1f min recorded, %zu strokes, %zu samples (120 Hz), %zu segments\n", static_cast<double>(record.durationMs()) / 60000.0,
                record.strokes.size(), record.sampleCount(), segments);
    // Coverage update per segment: the whole record replayed sample by sample, as live drawing does.
    for (double headMm : {7.0, 10.0}) {
        const auto start = Clock::now();
        core::CoverageBuilder builder(map, headMm);
        for (const auto& s : record.strokes) builder.addStroke(s);
        const double ms = performMsSince(start);
        std::printf("coverage update, %2.0f mm head: %.4f ms per segment (target < 0.2 ms), %.1f ms for the record\n", headMm,
                    ms / static_cast<double>(segments), ms);
    }
    // Worst case: a fast 40 mm segment (one sample in 100 ms at 400 mm/s) with the 10 mm head.
    {
        core::CoverageGrid grid(map);
        const int n = 20000;
        const auto start = Clock::now();
        for (int i = 0; i < n; ++i) {
            grid.beginPass();
            const double y = 0.40 + 0.0001 * (i % 100);
            grid.stampSegment({0.45, y}, {0.56, y}, 10.0);
        }
        std::printf("coverage update, 40 mm segment, 10 mm head: %.4f ms per segment\n", performMsSince(start) / n);
    }
    // Size in the attempt: the record as the attempt file writes it (compact and indented).
    core::Attempt attempt;
    attempt.caseId = "bench";
    attempt.perform = record;
    const core::Json json = core::attemptToJson(attempt);
    const std::size_t compact = json.dump().size();
    const std::size_t indented = json.dump(2).size();
    std::printf("attempt file with the record: %.2f MB compact, %.2f MB indented (target < 2 MB); %.1f bytes per sample\n",
                static_cast<double>(compact) / 1e6, static_cast<double>(indented) / 1e6, static_cast<double>(compact) / static_cast<double>(record.sampleCount()));
    // Debrief: the replay to a moment, and the measures the grader takes.
    auto start = Clock::now();
    const auto grid = core::replayCoverage(record, map, 7.0, record.durationMs() / 2);
    std::printf("replay to the middle: %.1f ms\n", performMsSince(start));
    start = Clock::now();
    const auto full = core::replayViewCoverage(record, map, 7.0);
    const auto measures = core::measurePerform(record, full, map, {"cheek_left", "cheek_right", "forehead"}, {}, 7.0);
    std::printf("full replay + measures of 3 zones: %.1f ms\n", performMsSince(start));
    for (const auto& m : measures.zones) {
        std::printf("  %-11s coverage %.0f%%, passes %.1f, spread %.2f, glide %.1f mm/s\n", m.zone.c_str(), m.coverage * 100.0, m.passes,
                    m.evenness, m.glideSpeedMmS);
    }
    // Live: the Perform screen re-measures after every stroke with a cache
    // (zone cells, stray checks); the last stroke of the record is the new one.
    core::MeasureCache cache;
    core::PerformRecord allButLast = record;
    allButLast.strokes.pop_back();
    (void)core::measurePerform(allButLast, core::replayViewCoverage(allButLast, map, 7.0), map, {"cheek_left", "cheek_right", "forehead"}, {}, 7.0,
                               &cache);
    start = Clock::now();
    const auto live = core::measurePerform(record, full, map, {"cheek_left", "cheek_right", "forehead"}, {}, 7.0, &cache);
    std::printf("live re-measure after stroke %zu of %zu (cached cells and stray checks): %.2f ms; same figures as the grader's: %s\n",
                record.strokes.size(), record.strokes.size(), performMsSince(start),
                live.zones.size() == measures.zones.size() && live.strays.size() == measures.strays.size() &&
                        std::equal(live.zones.begin(), live.zones.end(), measures.zones.begin(),
                                   [](const auto& a, const auto& b) { return a.coveredCells == b.coveredCells && a.passes == b.passes; })
                    ? "yes"
                    : "NO");
    (void)grid;
    return 0;
}

} // namespace cli
