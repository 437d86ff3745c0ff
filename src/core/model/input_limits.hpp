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

} // namespace core
