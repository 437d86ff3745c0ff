// Every input range in one place: the validator, the readers, the practice
// session, the trainee's widgets and the case editor all take their limits
// from here, so an editor can never offer a value the validator refuses, nor a
// key ask for an answer the trainee's slider cannot give. The JSON Schemas in
// cases/schema state the same numbers (a test compares them).
#pragma once

namespace core {

struct IntLimit {
    int min;
    int max;
    [[nodiscard]] constexpr bool contains(int v) const { return v >= min && v <= max; }
};

inline constexpr IntLimit kPassesLimit{1, 6};        // passes over one zone
inline constexpr IntLimit kIntervalWeeksLimit{1, 52}; // weeks between sessions
inline constexpr IntLimit kSessionsLimit{1, 12};      // sessions in a course

// The pen's depth dial: 0.25 mm steps up to 2.5 mm.
inline constexpr double kDialMinMm = 0.25;
inline constexpr double kDialMaxMm = 2.5;
inline constexpr double kDialStepMm = 0.25;

// Perform mode's recording (model/perform_record): a long session at a pen
// tablet's 200 samples a second for 20 minutes stays inside these.
inline constexpr int kPerformMaxStrokes = 5000;
inline constexpr int kPerformMaxSamplesPerStroke = 60000;
inline constexpr int kPerformMaxSamples = 250000;
inline constexpr long long kPerformMaxDurationMs = 2LL * 60 * 60 * 1000; // two hours
inline constexpr int kPenCoordinateMax = 10000; // samples are 0..10000 of the canvas
// Pen heads from the catalogue: needles and footprint diameter in mm.
inline constexpr IntLimit kCartridgeNeedlesLimit{1, 100};
inline constexpr double kCartridgeHeadMinMm = 1.0;
inline constexpr double kCartridgeHeadMaxMm = 20.0;

} // namespace core
