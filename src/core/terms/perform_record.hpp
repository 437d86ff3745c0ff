// The perform record: the strokes a trainee drew with the pen over the face map
// in Perform mode, as stored in the attempt ("perform" in the attempt JSON).
// Samples are kept quantised exactly as the file stores them, so a record read
// back from disk replays to the same coverage as the one drawn live.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <glm/vec2.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace core {

// Map coordinates are stored as whole 1/10000ths of the canvas (x of its width,
// y of its height; 0..10000): about 0.05 mm on a 480 mm canvas, far below a
// pen head, and compact in JSON.
inline constexpr double kPenUnitsPerMapUnit = 10000.0;

struct PenSample {
    std::int32_t x = 0;  // 1/10000 of the map width (0..10000)
    std::int32_t y = 0;  // 1/10000 of the map height (0..10000)
    std::int32_t tMs = 0; // milliseconds since the stroke began (never decreasing)

    // The sample in normalised map coordinates (x right, y down, both 0..1).
    [[nodiscard]] glm::dvec2 mapPoint() const { return {x / kPenUnitsPerMapUnit, y / kPenUnitsPerMapUnit}; }
    // The nearest stored sample for a map point (clamped to the canvas).
    [[nodiscard]] static PenSample at(glm::dvec2 mapPoint, std::int32_t tMs);
    friend bool operator==(const PenSample&, const PenSample&) = default;
};

// One stroke: the pen down, dragged, and lifted, drawn for one zone of the plan.
struct PerformStroke {
    std::string zone;          // the zone the trainee was performing when drawing it
    std::int64_t startMs = 0;  // since the perform session began
    std::vector<PenSample> samples;

    [[nodiscard]] std::int64_t endMs() const { return startMs + (samples.empty() ? 0 : samples.back().tMs); }
    friend bool operator==(const PerformStroke&, const PerformStroke&) = default;
};

struct PerformRecord {
    std::string cartridge;     // a catalogue cartridge id (sets the pen head's footprint)
    bool autoPerformed = false; // the accessibility option drew the strokes: technique is not assessed
    std::vector<PerformStroke> strokes;

    [[nodiscard]] bool empty() const { return strokes.empty(); }
    [[nodiscard]] std::int64_t durationMs() const; // end of the last stroke
    [[nodiscard]] std::size_t sampleCount() const;
    friend bool operator==(const PerformRecord&, const PerformRecord&) = default;
};

// Reads the "perform" object at `pointer`. Every limit in input_limits.hpp is
// checked with a specific message; a bad record is reported, never half-used.
PerformRecord readPerformRecord(const Json& value, Diagnostics& diagnostics, const std::string& pointer);

// The JSON form: {"cartridge", "auto_performed", "strokes": [{"zone", "start_ms",
// "xyt": [x0,y0,t0, x1,y1,t1, ...]}]} with whole numbers (compact for long sessions).
Json performRecordToJson(const PerformRecord& record);

} // namespace core
