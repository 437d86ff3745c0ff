// Fuzz target: an attempt's "perform" object through readPerformRecord, then
// (when it reads cleanly) the coverage replay and the measures, as grading does.
#include "fuzz_support.hpp"
#include "terms/perform_record.hpp"
#include "perform/coverage_replay.hpp"
#include "perform/zone_measures.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto doc = core::JsonDocument::fromText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!doc) return 0;
    core::Diagnostics d;
    const core::PerformRecord record = core::readPerformRecord(doc->root(), d, "");
    if (d.hasErrors() || record.sampleCount() > 2000) return 0; // keep each run short
    const core::ZoneMap& map = fuzz::referenceData().zones;
    const auto grid = core::replayCoverage(record, map, 7.0, record.durationMs() / 2);
    (void)core::measurePerform(record, grid, map, {"cheek_left", "forehead"}, {}, 7.0);
    return 0;
}
